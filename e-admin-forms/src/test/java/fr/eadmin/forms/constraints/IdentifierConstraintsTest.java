package fr.eadmin.forms.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierConstraintsTest {
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** A plain bean of an application, annotated with the constraints only. */
    static final class Demandeur {
        @Siret
        String siret;

        @Siren
        String siren;

        @Rna
        String rna;

        @Nir
        String nir;

        @Iban
        String iban;

        @Bic
        String bic;

        @CodePostal
        String codePostal;

        @CodeInsee
        String codeInsee;

        @Telephone
        String telephone;

        @Email
        String email;

        Demandeur(String siret, String siren, String rna, String nir, String iban) {
            this.siret = siret;
            this.siren = siren;
            this.rna = rna;
            this.nir = nir;
            this.iban = iban;
        }
    }

    /** Constraints on type arguments and record components. */
    record Contacts(
            java.util.List<@Telephone String> telephones,
            @Email String email) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Map<String, String> violations(Object bean) {
        Map<String, String> byProperty = new TreeMap<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(bean)) {
            byProperty.put(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return byProperty;
    }

    private static Demandeur valid() {
        Demandeur bean = new Demandeur(
                "732 829 320 00074",
                "732829320",
                "W751253501",
                "2 55 08 14 168 025 38",
                "FR76 3000 6000 0112 3456 7890 189");
        bean.bic = "BNPAFRPPXXX";
        bean.codePostal = "78310";
        bean.codeInsee = "75056";
        bean.telephone = "06 90 12 34 56";
        bean.email = "claire.dupont@example.fr";
        return bean;
    }

    @Test
    void aBeanWithValidIdentifiersHasNoViolation() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void nullIsValidAsInBeanValidation() {
        assertThat(violations(new Demandeur(null, null, null, null, null))).isEmpty();
    }

    @Test
    void everyInvalidIdentifierIsAViolationWithAFrenchMessage() {
        Demandeur bean = new Demandeur(
                "732 829 320 00075",
                "732829321",
                "W75125350",
                "2 55 08 14 168 025 39",
                "FR76 3000 6000 0112 3456 7890 188");
        bean.bic = "BNPAFRP";
        bean.codePostal = "7831";
        bean.codeInsee = "7505";
        bean.telephone = "06 90 12";
        bean.email = "jean@";
        assertThat(violations(bean))
                .containsOnlyKeys(
                        "siret", "siren", "rna", "nir", "iban", "bic", "codePostal", "codeInsee", "telephone", "email")
                .containsEntry("siret", "doit être un numéro SIRET valide")
                .containsEntry("nir", "doit être un numéro de sécurité sociale valide")
                .containsEntry("telephone", "doit être un numéro de téléphone valide");
    }

    @Test
    void aHugeTextIsRefusedWithoutParsing() {
        Demandeur bean = new Demandeur("1".repeat(1_000_000), null, null, null, null);
        assertThat(violations(bean)).containsOnlyKeys("siret");
        assertThat(new SiretValidator().isValid("1".repeat(IdentifierValidator.MAX_LENGTH + 1), null))
                .isFalse();
    }

    @Test
    void constraintsApplyToContainerElementsAndRecordComponents() {
        Set<ConstraintViolation<Contacts>> found =
                VALIDATOR.validate(new Contacts(java.util.List.of("06 12 34 56 78", "12"), "x"));
        assertThat(found)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("telephones[1].<list element>", "email");
    }

    private static final Map<IdentifierKind, String> PROPERTY = Map.of(
            IdentifierKind.SIRET, "siret",
            IdentifierKind.SIREN, "siren",
            IdentifierKind.RNA, "rna",
            IdentifierKind.NIR, "nir",
            IdentifierKind.IBAN, "iban",
            IdentifierKind.BIC, "bic",
            IdentifierKind.CODE_POSTAL, "codePostal",
            IdentifierKind.CODE_INSEE, "codeInsee",
            IdentifierKind.TELEPHONE, "telephone",
            IdentifierKind.EMAIL, "email");

    @ParameterizedTest
    @EnumSource(IdentifierKind.class)
    void theFormValidatorAndTheConstraintsShareOneRule(IdentifierKind kind) {
        assertThat(kind.newValidator().getClass().getPackageName()).isEqualTo("fr.eadmin.forms.constraints");
        FormValidator form = FormValidator.compile(
                new FormDefinition(
                        "f",
                        1,
                        "F",
                        List.of(Page.of("p", "P", List.of(Field.optional("x", "X", new FieldType.Identifier(kind)))))),
                Clock.systemUTC());
        String[] samples = {
            "732 829 320 00074",
            "732829320",
            "W751253501",
            "2 55 08 14 168 025 38",
            "FR7630006000011234567890189",
            "BNPAFRPPXXX",
            "78310",
            "75056",
            "06 90 12 34 56",
            "claire.dupont@example.fr",
            "x",
            "2A004",
            "0690123456"
        };
        int accepted = 0;
        for (String sample : samples) {
            boolean byBean = VALIDATOR
                    .validateValue(Demandeur.class, PROPERTY.get(kind), sample)
                    .isEmpty();
            boolean byForm = form.validate(
                            Submission.of(JsonNodeFactory.instance.objectNode().put("x", sample)))
                    .isValid();
            assertThat(byForm).as(kind + " " + sample).isEqualTo(byBean);
            accepted += byBean ? 1 : 0;
        }
        assertThat(accepted).as("samples accepted for " + kind).isPositive();
    }
}
