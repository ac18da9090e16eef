package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.jdbc.JdbcPaymentStore;
import fr.eadmin.payment.receipt.Receipt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreasqueScenarioTest {
    /** Monday 23 November 2026, 9 h 30 in Gréasque: the bookings are for Saturday 28. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);

    private static final String SALLE_HOURS = "Mo-Th 08:00-23:00; Fr 08:00-24:00; Sa 00:00-01:00,08:00-24:00;"
            + " Su 00:00-01:00,09:00-20:00; 2026 Dec 25 off; 2027 Jan 01 off";

    @TempDir
    Path tmp;

    @Test
    void publishesTheFacilitiesAndBooksTheSalleOnlyWithinItsHoursWithBothPaymentsCreditedOnce() throws Exception {
        Path out = tmp.resolve("demo");
        ArtifactIndex index = new ArtifactIndex(out);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<Receipt> receipts;
        Map<String, PaymentStatus> statuses = new HashMap<>();
        try (EmbeddedDefaults defaults = EmbeddedDefaults.open(out.resolve("data"))) {
            GreasqueReservation scenario = new GreasqueReservation();
            ScenarioContext context = ScenarioContext.of(
                    scenario.name(),
                    out,
                    defaults,
                    CLOCK,
                    new PrintStream(console, true, StandardCharsets.UTF_8),
                    index);

            scenario.run(context);

            JdbcPaymentStore store = JdbcPaymentStore.of(defaults.dataSource());
            receipts = store.receipts(GreasqueReservation.REGIE.code(), 2026);
            for (String reference : List.of("RESA2026001187", "RESA2026001188", "RESA2026001189")) {
                store.findByReference(reference)
                        .ifPresent(p -> statuses.put(reference, p.value().status()));
            }
        }
        Path folder = out.resolve("greasque");

        // The directory, in CSV: header, one record per facility, the hours in the opening_hours syntax.
        List<List<String>> csv = Rfc4180.parse(Files.readString(folder.resolve("equipements.csv")));
        assertThat(csv.get(0))
                .containsExactly(
                        "id",
                        "nom",
                        "categorie",
                        "adresse",
                        "code_postal",
                        "commune",
                        "code_insee",
                        "latitude",
                        "longitude",
                        "telephone",
                        "email",
                        "accessible_pmr",
                        "horaires",
                        "informations");
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (List<String> record : csv.subList(1, csv.size())) {
            assertThat(record).hasSize(14);
            byId.put(record.get(0), record);
        }
        assertThat(byId.keySet())
                .containsExactly(
                        "GREASQUE-MAIRIE",
                        "GREASQUE-SALLE-POLYVALENTE",
                        "GREASQUE-TENNIS",
                        "GREASQUE-MEDIATHEQUE",
                        "GREASQUE-ECOLE-ELEMENTAIRE",
                        "GREASQUE-CENTRE-HISTORIQUE-MINIER");
        assertThat(byId.get("GREASQUE-MAIRIE"))
                .containsSubsequence("mairie", "place Félicien David", "13850", "Gréasque", "13046")
                .contains("+33442698610", "true")
                .contains("Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off; 2026 Dec 24 08:30-12:00;"
                        + " 2026 Dec 26 off; 2026 Dec 31 08:30-12:00; 2027 Jan 02 off");
        assertThat(byId.get("GREASQUE-SALLE-POLYVALENTE").get(12)).isEqualTo(SALLE_HOURS);
        assertThat(byId.get("GREASQUE-SALLE-POLYVALENTE").get(13))
                .isEqualTo("Location aux particuliers et aux associations, 250 places.\n"
                        + "Fin des manifestations à 1 h au plus tard (arrêté municipal).");
        assertThat(byId.get("GREASQUE-TENNIS").get(12)).isEqualTo("Mo-Su 08:00-22:00");
        assertThat(byId.get("GREASQUE-MEDIATHEQUE").get(12))
                .isEqualTo("Tu,Fr 14:00-18:00; We 09:00-12:00,14:00-18:00; Sa 09:00-12:30; PH off");
        assertThat(byId.get("GREASQUE-ECOLE-ELEMENTAIRE").get(12))
                .isEqualTo("Mo,Tu,Th,Fr 08:20-11:30,13:20-16:30; PH off");

        // The same directory in JSON, the hours also structured.
        JsonNode json =
                new ObjectMapper().readTree(folder.resolve("equipements.json").toFile());
        assertThat(json).hasSize(6);
        JsonNode salle = json.get(1);
        assertThat(salle.get("id").asText()).isEqualTo("GREASQUE-SALLE-POLYVALENTE");
        assertThat(salle.get("categorie").asText()).isEqualTo("salle");
        assertThat(salle.get("horaires").asText()).isEqualTo(SALLE_HOURS);
        assertThat(salle.get("latitude").isNumber()).isTrue();
        assertThat(salle.at("/horaires_detail/semaine/samedi").toString())
                .isEqualTo("[{\"debut\":\"00:00\",\"fin\":\"01:00\"},{\"debut\":\"08:00\",\"fin\":\"24:00\"}]");
        assertThat(salle.at("/horaires_detail/exceptions/0/date").asText()).isEqualTo("2026-12-25");
        assertThat(salle.at("/horaires_detail/exceptions/0/plages")).isEmpty();
        assertThat(json.get(0).at("/horaires_detail/ferme_jours_feries").booleanValue())
                .isTrue();
        assertThat(json.get(0).at("/horaires_detail/semaine/dimanche")).isEmpty();

        // The salle asked until 2 h is refused with the reason; asked until 1 h, it is booked and paid.
        JsonNode bookings = new ObjectMapper()
                .readTree(folder.resolve("reservations.json").toFile())
                .get("reservations");
        assertThat(bookings).hasSize(3);
        assertThat(bookings.get(0).get("reference").asText()).isEqualTo("RESA2026001187");
        assertThat(bookings.get(0).get("statut").asText()).isEqualTo("PAYEE");
        assertThat(bookings.get(0).get("quittance").asText()).isEqualTo("LOCATIONS 2026-000001");
        JsonNode refused = bookings.get(1);
        assertThat(refused.get("reference").asText()).isEqualTo("RESA2026001188");
        assertThat(refused.get("statut").asText()).isEqualTo("REFUSEE");
        assertThat(refused.get("debut").asText()).isEqualTo("2026-11-28T19:00+01:00");
        assertThat(refused.get("motif").asText())
                .startsWith("hors des horaires d'ouverture : Salle polyvalente fermée le dimanche 29 novembre 2026"
                        + " à 1 h")
                .contains(SALLE_HOURS);
        assertThat(refused.has("quittance")).isFalse();
        JsonNode accepted = bookings.get(2);
        assertThat(accepted.get("reference").asText()).isEqualTo("RESA2026001189");
        assertThat(accepted.get("fin").asText()).isEqualTo("2026-11-29T01:00+01:00");
        assertThat(accepted.get("statut").asText()).isEqualTo("PAYEE");
        assertThat(accepted.get("quittance").asText()).isEqualTo("LOCATIONS 2026-000002");

        // The store agrees: no payment for the refused request, two paid, two receipts numbered in a row.
        assertThat(statuses)
                .containsOnly(
                        Map.entry("RESA2026001187", PaymentStatus.PAID),
                        Map.entry("RESA2026001189", PaymentStatus.PAID));
        assertThat(receipts).hasSize(2);
        assertThat(receipts.stream().map(r -> r.number().toString())).containsExactly("2026-000001", "2026-000002");
        assertThat(receipts.stream().map(Receipt::amountCents)).containsExactly(1_600L, 18_000L);
        assertThat(receipts.get(1).payer()).isEqualTo("Association Les Amis de la Mine");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("payment RESA2026001187 PAID: notification received twice, credited once")
                .contains("payment RESA2026001189 PAID: notification received twice, credited once")
                .contains("booking RESA2026001188 refused");

        // Every file is in the index with its kind.
        index.write();
        JsonNode artifacts =
                new ObjectMapper().readTree(out.resolve("index.json").toFile()).get("artifacts");
        Map<String, String> kinds = new HashMap<>();
        artifacts.forEach(a -> kinds.put(a.get("path").asText(), a.get("kind").asText()));
        assertThat(kinds)
                .containsOnly(
                        Map.entry("greasque/equipements.csv", "report"),
                        Map.entry("greasque/equipements.json", "report"),
                        Map.entry("greasque/reservations.json", "report"),
                        Map.entry("greasque/quittance-LOCATIONS-2026-000001.pdf", "pdf"),
                        Map.entry("greasque/quittance-LOCATIONS-2026-000002.pdf", "pdf"));
    }
}
