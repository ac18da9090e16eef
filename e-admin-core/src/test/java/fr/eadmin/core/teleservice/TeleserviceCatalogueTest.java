package fr.eadmin.core.teleservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Channel;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.usager.UsagerKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeleserviceCatalogueTest {

    static String maurepasJson() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                TeleserviceCatalogueTest.class.getResourceAsStream("/teleservices/maurepas.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TeleserviceCatalogue maurepas() throws IOException {
        return TeleserviceCatalogue.fromJson(maurepasJson());
    }

    @Test
    void readsTheExampleCatalogue() throws IOException {
        TeleserviceCatalogue catalogue = maurepas();

        assertThat(catalogue.teleservices())
                .extracting(Teleservice::code)
                .containsExactly("acte-naissance", "inscription-scolaire", "location-salle", "aide-facultative");
        Teleservice acte = catalogue.get("acte-naissance");
        assertThat(acte.delay()).isEqualTo(Delay.ofBusinessDays(6));
        assertThat(acte.silenceRule()).isEqualTo(SilenceRule.NONE);
        assertThat(acte.feeCents()).isZero();
        assertThat(acte.accepts(Channel.COURRIER)).isTrue();
        assertThat(acte.accepts(Channel.BORNE)).isFalse();
        assertThat(acte.organisation().contact().telephone().value()).isNotBlank();
        assertThat(acte.calendar().businessCalendar().isBusinessDay(LocalDate.of(2026, 5, 15)))
                .isFalse();
        Teleservice salle = catalogue.get("location-salle");
        assertThat(salle.feeCents()).isEqualTo(25_000);
        assertThat(salle.organisation().kind()).isEqualTo(OrganisationKind.TOWN);
        assertThat(catalogue.get("aide-facultative").organisation().kind()).isEqualTo(OrganisationKind.PARTNER);
        assertThat(catalogue.get("aide-facultative").pieces().get(2).type().code())
                .isEqualTo("CERTIFICAT_SCOLARITE");
    }

    @Test
    void requiresPiecesByKindAndByAnswer() throws IOException {
        TeleserviceCatalogue catalogue = maurepas();

        assertThat(catalogue.get("location-salle").requiredPieces(UsagerKind.INDIVIDU, Map.of()))
                .containsExactly(PieceType.ATTESTATION_ASSURANCE);
        assertThat(catalogue.get("location-salle").requiredPieces(UsagerKind.ENTREPRISE, Map.of()))
                .containsExactly(PieceType.ATTESTATION_ASSURANCE, PieceType.EXTRAIT_KBIS);
        Teleservice acte = catalogue.get("acte-naissance");
        assertThat(acte.requiredPieces(UsagerKind.INDIVIDU, Map.of("lien", "parent")))
                .containsExactly(PieceType.PIECE_IDENTITE, PieceType.LIVRET_DE_FAMILLE);
        assertThat(acte.requiredPieces(UsagerKind.INDIVIDU, Map.of("lien", "soi-meme")))
                .containsExactly(PieceType.PIECE_IDENTITE);
    }

    @Test
    void writesJsonThatReadsBackEqual() throws IOException {
        TeleserviceCatalogue catalogue = maurepas();

        assertThat(TeleserviceCatalogue.fromJson(catalogue.toJson())).isEqualTo(catalogue);
        for (Teleservice teleservice : catalogue.teleservices()) {
            assertThat(TeleserviceCatalogue.teleserviceFromJson(TeleserviceCatalogue.toJson(teleservice)))
                    .isEqualTo(teleservice);
        }
    }

    @Test
    void buildsInCodeAndRefusesTwoTeleservicesWithOneCode() throws IOException {
        Teleservice acte = maurepas().get("acte-naissance");

        assertThat(TeleserviceCatalogue.of(java.util.List.of(acte)).find("acte-naissance"))
                .contains(acte);
        assertThatThrownBy(() -> TeleserviceCatalogue.of(java.util.List.of(acte, acte)))
                .isInstanceOf(InvalidTeleserviceException.class)
                .hasMessageContaining("acte-naissance");
        assertThatThrownBy(
                        () -> TeleserviceCatalogue.of(java.util.List.of(acte)).get("inconnu"))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"delay\": \"6 jours ouvrés\"|\"delay\": \"six jours\"|acte-naissance|teleservices[0].delay",
                "\"delay\": \"6 jours ouvrés\",|| acte-naissance|teleservices[0].delay",
                "\"silenceRule\": \"NONE\"|\"silenceRule\": \"PEUT-ETRE\"|acte-naissance|teleservices[0].silenceRule",
                "\"channels\": [\"INTERNET\", \"GUICHET\", \"COURRIER\"]|\"channels\": []|acte-naissance"
                        + "|teleservices[0].channels",
                "{ \"type\": \"PIECE_IDENTITE\" }|{ \"type\": \"PIECE_INCONNUE\" }|acte-naissance"
                        + "|teleservices[0].pieces[0].type",
                "\"organisation\": \"mairie-maurepas\",|\"organisation\": \"mairie-ailleurs\",|acte-naissance"
                        + "|teleservices[0].organisation",
                "\"form\": { \"id\": \"acte-naissance\", \"version\": 1 }|\"form\": { \"id\": \"acte-naissance\","
                        + " \"version\": 0 }|acte-naissance|teleservices[0].form.version",
                "\"departement\": \"78\", \"closures\"|\"departement\": \"988\", \"closures\"|acte-naissance"
                        + "|teleservices[0].calendar.departement",
                "\"2026-05-15\": \"Pont de l'Ascension\"|\"2026-05-15\": \" \"|acte-naissance"
                        + "|teleservices[0].calendar.closures.2026-05-15",
                "\"feeCents\": 25000|\"feeCents\": 250.5|location-salle|teleservices[2].feeCents",
                "\"feeCents\": 25000|\"feeCents\": -1|location-salle|teleservices[2].feeCents",
                "\"forKinds\": [\"ENTREPRISE\"]|\"forKinds\": [\"ENTREPRISE\"], \"whenAnswer\": {}|location-salle"
                        + "|teleservices[2].pieces[1]",
                "\"title\": \"Inscription scolaire\"|\"title\": \"  \"|inscription-scolaire|teleservices[1].title",
                "\"title\": \"Inscription scolaire\"|\"titre\": \"Inscription scolaire\"|inscription-scolaire"
                        + "|teleservices[1].titre",
            })
    void namesTheTeleserviceAndTheFieldOfAnError(
            String from, @org.jspecify.annotations.Nullable String to, String teleservice, String field)
            throws IOException {
        String json = maurepasJson();
        assertThat(json).contains(from);
        String broken = json.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));

        assertThatThrownBy(() -> TeleserviceCatalogue.fromJson(broken))
                .isInstanceOfSatisfying(InvalidTeleserviceException.class, e -> {
                    assertThat(e.teleservice()).isEqualTo(teleservice);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(teleservice).contains(field);
                });
    }

    @Test
    void namesTheOrganisationFieldOfAnError() throws IOException {
        String broken = maurepasJson()
                .replaceFirst("\"email\": \"etat-civil@mairie-maurepas.example\"", "\"email\": \"pas-un-email\"");

        assertThatThrownBy(() -> TeleserviceCatalogue.fromJson(broken))
                .isInstanceOfSatisfying(InvalidTeleserviceException.class, e -> {
                    assertThat(e.field()).isEqualTo("organisations[0].contact.email");
                    assertThat(e.getMessage()).doesNotContain("pas-un-email");
                });
    }

    @Test
    void refusesAClosureOutOfTheCalendarsYearsAndAPieceTypeListedTwice() throws IOException {
        assertThatThrownBy(
                        () -> TeleserviceCalendar.of("78").withClosures(Map.of(LocalDate.of(1500, 1, 1), "Fermeture")))
                .isInstanceOfSatisfying(InvalidTeleserviceException.class, e -> assertThat(e.field())
                        .isEqualTo("calendar.closures"));
        Teleservice acte = maurepas().get("acte-naissance");
        assertThatThrownBy(() -> new Teleservice(
                        acte.code(),
                        acte.title(),
                        acte.organisation(),
                        acte.form(),
                        java.util.List.of(
                                PieceRequirement.always(PieceType.RIB), PieceRequirement.always(PieceType.RIB)),
                        0,
                        acte.delay(),
                        acte.silenceRule(),
                        acte.channels(),
                        acte.calendar()))
                .isInstanceOfSatisfying(InvalidTeleserviceException.class, e -> {
                    assertThat(e.teleservice()).isEqualTo("acte-naissance");
                    assertThat(e.field()).isEqualTo("pieces");
                });
    }

    @Test
    void refusesTextThatIsNotACatalogue() {
        assertThatThrownBy(() -> TeleserviceCatalogue.fromJson("{"))
                .isInstanceOf(InvalidTeleserviceException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> TeleserviceCatalogue.fromJson("[]"))
                .isInstanceOf(InvalidTeleserviceException.class)
                .hasMessageContaining("must be an object");
        assertThatThrownBy(() -> TeleserviceCatalogue.fromJson("{\"organisations\": []}"))
                .isInstanceOfSatisfying(InvalidTeleserviceException.class, e -> assertThat(e.field())
                        .isEqualTo("teleservices"));
    }
}
