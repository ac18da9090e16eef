package fr.eadmin.forms;

import fr.eadmin.core.identifier.Bic;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Iban;
import fr.eadmin.core.identifier.Identifiers;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.forms.constraints.BicValidator;
import fr.eadmin.forms.constraints.CodeInseeValidator;
import fr.eadmin.forms.constraints.CodePostalValidator;
import fr.eadmin.forms.constraints.EmailValidator;
import fr.eadmin.forms.constraints.IbanValidator;
import fr.eadmin.forms.constraints.IdentifierValidator;
import fr.eadmin.forms.constraints.NirValidator;
import fr.eadmin.forms.constraints.RnaValidator;
import fr.eadmin.forms.constraints.SirenValidator;
import fr.eadmin.forms.constraints.SiretValidator;
import fr.eadmin.forms.constraints.TelephoneValidator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The French identifiers a field can ask for, each checked and put in canonical form by its type in
 * {@code fr.eadmin.core.identifier} through the Bean Validation validator of its constraint
 * ({@link fr.eadmin.forms.constraints}). One table: the JSON name, the error code and the French wording of
 * what is expected all live here.
 */
public enum IdentifierKind {
    /** An email address ({@link Email}). */
    EMAIL("email", "une adresse électronique valide", EmailValidator::new, s -> Email.parse(s)
            .value()),
    /** A telephone number ({@link Telephone}), canonical in E.164. */
    TELEPHONE("telephone", "un numéro de téléphone valide", TelephoneValidator::new, s -> Telephone.parse(s)
            .value()),
    /** A French code postal ({@link CodePostal}). */
    CODE_POSTAL("code-postal", "un code postal valide", CodePostalValidator::new, s -> CodePostal.parse(s)
            .value()),
    /** A SIRET ({@link Siret}). */
    SIRET("siret", "un numéro SIRET valide", SiretValidator::new, s -> Siret.parse(s)
            .value()),
    /** A SIREN ({@link Siren}). */
    SIREN("siren", "un numéro SIREN valide", SirenValidator::new, s -> Siren.parse(s)
            .value()),
    /** An RNA number of an association ({@link Rna}). */
    RNA("rna", "un numéro RNA valide", RnaValidator::new, s -> Rna.parse(s).value()),
    /** A NIR ({@link Nir}). */
    NIR("nir", "un numéro de sécurité sociale valide", NirValidator::new, s -> Nir.parse(s)
            .value()),
    /** An IBAN ({@link Iban}). */
    IBAN("iban", "un IBAN valide", IbanValidator::new, s -> Iban.parse(s).value()),
    /** A BIC ({@link Bic}). */
    BIC("bic", "un BIC valide", BicValidator::new, s -> Bic.parse(s).value()),
    /** A code INSEE of a commune ({@link CodeInsee}). */
    CODE_INSEE("code-insee", "un code INSEE de commune valide", CodeInseeValidator::new, s -> CodeInsee.parse(s)
            .value());

    private final String jsonName;
    private final String expected;
    private final Supplier<IdentifierValidator<?>> validators;
    private final IdentifierValidator<?> validator;
    private final Function<String, String> canonical;

    IdentifierKind(
            String jsonName,
            String expected,
            Supplier<IdentifierValidator<?>> validators,
            Function<String, String> canonical) {
        this.jsonName = jsonName;
        this.expected = expected;
        this.validators = validators;
        this.validator = validators.get();
        this.canonical = canonical;
    }

    /**
     * A new instance of the Bean Validation validator of this identifier, the one its constraint annotation
     * ({@code @Siret}, {@code @Nir}…) names: the form validator and annotated beans follow the same rule.
     *
     * @return the validator
     */
    public IdentifierValidator<?> newValidator() {
        return validators.get();
    }

    /**
     * The name of the field type in JSON.
     *
     * @return the name, such as {@code "code-postal"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The stable code of the validation error for an answer that is not such an identifier.
     *
     * @return the code, such as {@code "invalid-siret"}
     */
    public String errorCode() {
        return "invalid-" + jsonName;
    }

    /**
     * What the answer must be, in French, to complete "… doit être".
     *
     * @return the wording, such as {@code "un numéro SIRET valide"}
     */
    public String expected() {
        return expected;
    }

    /**
     * Whether a text is such an identifier.
     *
     * @param text the text
     * @return true if the identifier's type accepts it
     */
    public boolean isValid(String text) {
        return validator.isValid(text, null);
    }

    /**
     * The canonical form of a valid identifier.
     *
     * @param text a text {@link #isValid(String)} accepts
     * @return its canonical form
     */
    public String canonical(String text) {
        return canonical.apply(text);
    }

    /**
     * The canonical form of a text, if it is such an identifier: {@link #isValid(String)} and {@link
     * #canonical(String)} in one pass, without an exception for a refused text.
     *
     * @param text the text
     * @return its canonical form, or empty exactly when {@link #isValid(String)} is false
     */
    public Optional<String> canonicalIfValid(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > IdentifierValidator.MAX_LENGTH) {
            return Optional.empty();
        }
        return Identifiers.tryParse(text, canonical);
    }

    /**
     * The kind with this JSON name.
     *
     * @param jsonName the name, such as {@code "siret"}
     * @return the kind, or empty if no identifier has that name
     */
    public static Optional<IdentifierKind> byJsonName(String jsonName) {
        Objects.requireNonNull(jsonName, "jsonName");
        for (IdentifierKind kind : values()) {
            if (kind.jsonName.equals(jsonName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
