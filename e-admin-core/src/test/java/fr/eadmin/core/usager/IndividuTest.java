package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Samples;
import fr.eadmin.core.identifier.CodeInsee;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndividuTest {
    private static final Instant LATER = Samples.NOW.plusSeconds(3600);

    private static Individu.Builder valid() {
        return Individu.builder()
                .nomNaissance("Dupont")
                .prenoms("Claire")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1985, 3, 14))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"));
    }

    @Test
    void declaresEveryAttributeAtBuildTime() {
        Individu claire = valid().build(Samples.CLOCK);
        assertThat(claire.kind()).isEqualTo(UsagerKind.INDIVIDU);
        assertThat(claire.certifications()).hasSize(IdentityAttribute.values().length);
        assertThat(claire.certifications().values()).containsOnly(Certification.declared(Samples.NOW));
        assertThat(claire.id().value().version()).isEqualTo(7);
        assertThat(claire.contact()).isEqualTo(Contact.NONE);
    }

    @Test
    void keepsTheCertificationsGivenToTheBuilder() {
        Individu claire = valid().certificationOfAll(Certification.franceConnect(Samples.NOW))
                .certification(IdentityAttribute.NOM_USAGE, Certification.declared(Samples.NOW))
                .build(Samples.CLOCK);
        assertThat(claire.isCertifiedAtLeast(
                        CertificationLevel.FRANCECONNECT,
                        IdentityAttribute.NOM_NAISSANCE,
                        IdentityAttribute.PRENOMS,
                        IdentityAttribute.DATE_NAISSANCE))
                .isTrue();
        assertThat(claire.isCertifiedAtLeast(CertificationLevel.AGENT_VERIFIED, IdentityAttribute.NOM_USAGE))
                .isFalse();
    }

    @Test
    void resetsTheCertificationOfAChangedAttributeOnly() {
        Individu fc = valid().certificationOfAll(Certification.franceConnect(Samples.NOW))
                .build(Samples.CLOCK);
        Individu changed = fc.withNomUsage("Martin", Certification.declared(LATER));
        assertThat(changed.nomUsage()).isEqualTo("Martin");
        assertThat(changed.nomUsuel()).isEqualTo("Martin");
        assertThat(changed.certification(IdentityAttribute.NOM_USAGE)).isEqualTo(Certification.declared(LATER));
        assertThat(changed.certification(IdentityAttribute.NOM_NAISSANCE))
                .isEqualTo(Certification.franceConnect(Samples.NOW));

        Certification agent = Certification.agentVerified("agent-7", "LIVRET_DE_FAMILLE", LATER);
        assertThat(fc.withNomNaissance("Durand", agent).certification(IdentityAttribute.NOM_NAISSANCE))
                .isEqualTo(agent);
        assertThat(fc.withPrenoms(List.of("Claire", "Lise"), agent).prenoms()).containsExactly("Claire", "Lise");
        assertThat(fc.withPrenoms(List.of("Claire", "Lise"), agent).certification(IdentityAttribute.PRENOMS))
                .isEqualTo(agent);
        assertThat(fc.withSexe(Sexe.MASCULIN, agent).certification(IdentityAttribute.SEXE))
                .isEqualTo(agent);
        assertThat(fc.withDateNaissance(LocalDate.of(1985, 3, 15), agent).dateNaissance())
                .isEqualTo(LocalDate.of(1985, 3, 15));
        LieuNaissance madrid = new LieuNaissance.AEtranger("99134", "Espagne", "Madrid");
        Individu moved = fc.withLieuNaissance(madrid, agent);
        assertThat(moved.lieuNaissance()).isEqualTo(madrid);
        assertThat(moved.certification(IdentityAttribute.LIEU_NAISSANCE)).isEqualTo(agent);
        assertThat(moved.certification(IdentityAttribute.DATE_NAISSANCE))
                .isEqualTo(Certification.franceConnect(Samples.NOW));
    }

    @Test
    void raisesACertificationWithoutChangingTheValue() {
        Individu claire = valid().build(Samples.CLOCK);
        Certification agent = Certification.agentVerified("agent-7", "CNI", LATER);
        Individu verified = claire.withCertification(IdentityAttribute.DATE_NAISSANCE, agent);
        assertThat(verified.dateNaissance()).isEqualTo(claire.dateNaissance());
        assertThat(verified.certification(IdentityAttribute.DATE_NAISSANCE)).isEqualTo(agent);
    }

    @Test
    void changesTheContactWithoutTouchingCertifications() {
        Individu claire = valid().build(Samples.CLOCK);
        Individu reachable = claire.withContact(new Contact(null, null, Samples.adresseLyon()));
        assertThat(reachable.contact().adresse()).isEqualTo(Samples.adresseLyon());
        assertThat(reachable.certifications()).isEqualTo(claire.certifications());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "N'Diaye",
                "d'Artagnan",
                "de La Fontaine",
                "Saint-Exupéry",
                "Dupont--Martin",
                "Le Bihan",
                "Ñúñez",
                "Müller-Lüdenscheidt",
                "Lætitia",
                "Œillet",
                "O’Connor",
                "Nguyễn",
                "Ђорђевић",
                "張"
            })
    void acceptsRealNames(String name) {
        Individu individu = valid().nomNaissance(name).prenoms(name).build(Samples.CLOCK);
        assertThat(individu.nomNaissance()).isEqualTo(name);
        assertThat(individu.prenoms()).containsExactly(name);
    }

    @Test
    void trimsNamesAndReducesInnerSpaces() {
        Individu individu = valid().nomNaissance("  de   La\u00A0Fontaine ")
                .prenoms(" Jean ")
                .build(Samples.CLOCK);
        assertThat(individu.nomNaissance()).isEqualTo("de La Fontaine");
        assertThat(individu.prenoms()).containsExactly("Jean");
    }

    @Test
    void normalisesDecomposedAccents() {
        Individu individu = valid().prenoms("Zoe\u0301").build(Samples.CLOCK);
        assertThat(individu.prenoms()).containsExactly("Zoé");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Dupont2", "Dupont@", "-Dupont", "''", "Du\u0000pont", "Jean.Paul", "R2D2"})
    void rejectsWhatIsNotAName(String name) {
        assertThatThrownBy(() -> valid().nomNaissance(name).build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .extracting(e -> ((InvalidUsagerException) e).field())
                .isEqualTo("nomNaissance");
    }

    @Test
    void rejectsATooLongName() {
        assertThat(valid().nomNaissance("a".repeat(100)).build(Samples.CLOCK).nomNaissance())
                .hasSize(100);
        assertThatThrownBy(() -> valid().nomNaissance("a".repeat(101)).build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("nomNaissance: must have at most 100 characters, got 101");
    }

    @Test
    void neverQuotesTheRejectedName() {
        assertThatThrownBy(() -> valid().nomNaissance("Dupont42").build(Samples.CLOCK))
                .hasMessageNotContaining("Dupont");
    }

    @Test
    void rejectsMissingOrInvalidPrenoms() {
        assertThatThrownBy(() -> valid().prenoms(List.of()).build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("prenoms: must have at least one entry");
        assertThatThrownBy(() -> valid().prenoms("Claire", "7").build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageStartingWith("prenoms[1]:");
        assertThatThrownBy(
                        () -> valid().prenoms(Collections.nCopies(21, "Marie")).build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("prenoms: must have at most 20 entries");
    }

    @Test
    void treatsABlankNomUsageAsNone() {
        Individu individu = valid().nomUsage("  ").build(Samples.CLOCK);
        assertThat(individu.nomUsage()).isNull();
        assertThat(individu.nomUsuel()).isEqualTo("Dupont");
        assertThatThrownBy(() -> valid().nomUsage("M@rtin").build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageStartingWith("nomUsage:");
    }

    @Test
    void rejectsAMissingField() {
        assertThatThrownBy(() -> Individu.builder().prenoms("A").build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("nomNaissance: is required");
        assertThatThrownBy(
                        () -> Individu.builder().nomNaissance("A").prenoms("B").build(Samples.CLOCK))
                .hasMessage("sexe: is required");
    }

    @Test
    void rejectsADateOfBirthAfterItsCertification() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-13T23:30:00Z"), ZoneOffset.UTC); // 14 March in Paris
        assertThat(valid().dateNaissance(LocalDate.of(2026, 3, 14)).build(clock).dateNaissance())
                .isEqualTo(LocalDate.of(2026, 3, 14));
        assertThatThrownBy(
                        () -> valid().dateNaissance(LocalDate.of(2026, 3, 15)).build(clock))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("dateNaissance: must not be after the day it was certified");
        Individu claire = valid().build(Samples.CLOCK);
        assertThatThrownBy(
                        () -> claire.withDateNaissance(LocalDate.of(2030, 1, 1), Certification.declared(Samples.NOW)))
                .isInstanceOf(InvalidUsagerException.class);
    }

    @Test
    void rejectsADateOfBirthBefore1870() {
        assertThat(valid().dateNaissance(LocalDate.of(1870, 1, 1)).build(Samples.CLOCK))
                .isNotNull();
        assertThatThrownBy(
                        () -> valid().dateNaissance(LocalDate.of(1869, 12, 31)).build(Samples.CLOCK))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageStartingWith("dateNaissance:");
    }

    @Test
    void rejectsAMissingCertification() {
        Individu claire = valid().build(Samples.CLOCK);
        Map<IdentityAttribute, Certification> incomplete = new EnumMap<>(claire.certifications());
        incomplete.remove(IdentityAttribute.SEXE);
        assertThatThrownBy(() -> new Individu(
                        claire.id(),
                        claire.nomNaissance(),
                        null,
                        claire.prenoms(),
                        claire.sexe(),
                        claire.dateNaissance(),
                        claire.lieuNaissance(),
                        claire.contact(),
                        incomplete))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("certifications: no certification for SEXE");
    }

    @Test
    void cannotBeChangedThroughItsCollections() {
        Individu claire = valid().build(Samples.CLOCK);
        assertThatThrownBy(() -> claire.prenoms().add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> claire.certifications().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void generatesTheIdFromTheClockUnlessGiven() {
        UsagerId id = UsagerId.random();
        assertThat(valid().id(id).build(Samples.CLOCK).id()).isEqualTo(id);
        assertThat(valid().build(Samples.CLOCK).id())
                .isNotEqualTo(valid().build(Samples.CLOCK).id());
    }
}
