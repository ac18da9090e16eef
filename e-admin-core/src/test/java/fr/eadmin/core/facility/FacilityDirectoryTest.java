package fr.eadmin.core.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.Adresse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacilityDirectoryTest {
    private static final Facility MAIRIE = Facility.builder()
            .id(FacilityId.of("GREASQUE-MAIRIE"))
            .name("Mairie de Gréasque")
            .category(FacilityCategory.MAIRIE)
            .adresse(Adresse.builder()
                    .voie("place Félicien David")
                    .codePostal("13850")
                    .commune("Gréasque")
                    .codeInsee(CodeInsee.parse("13046"))
                    .build())
            .coordinates(Coordinates.of(43.4331, 5.5447))
            .telephone(Telephone.parse("04 42 69 86 00"))
            .email(Email.parse("accueil@greasque.example"))
            .accessible(true)
            .hours(OpeningHours.parse("Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off; 2026 Dec 24 08:30-12:00"))
            .build();

    /** Every field a CSV writer can get wrong: commas, quotes, line breaks, empty optional values. */
    private static final Facility SALLE = Facility.builder()
            .id(FacilityId.random(Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Paris"))))
            .name("Salle \"Li Pitchoun\", annexe")
            .category(FacilityCategory.SALLE)
            .adresse(Adresse.builder()
                    .numero(3)
                    .indiceRepetition("bis")
                    .voie("chemin de la Mine")
                    .lieuDit("Le Puits Hely d'Oissel")
                    .codePostal("13850")
                    .commune("Gréasque")
                    .build())
            .hours(OpeningHours.parse("Sa 14:00-24:00; Su 00:00-01:00"))
            .information("Clés à retirer en mairie, la veille.\r\nParking, 40 places; \"entrée B\"")
            .build();

    private static final Facility STADE = Facility.builder()
            .id(FacilityId.of("GREASQUE-STADE"))
            .name("Stade municipal")
            .category(FacilityCategory.EQUIPEMENT_SPORTIF)
            .adresse(Adresse.builder()
                    .lieuDit("Les Michels")
                    .codePostal("13850")
                    .commune("Gréasque")
                    .build())
            .coordinates(Coordinates.of(-0.00001, 180))
            .accessible(false)
            .hours(OpeningHours.parse("off"))
            .build();

    private static final FacilityDirectory DIRECTORY = FacilityDirectory.of(List.of(MAIRIE, SALLE, STADE));

    /** An RFC 4180 reader written for this test, independent of the writer: a small state machine. */
    static List<List<String>> readCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else if (c == '"') {
                    quoted = false;
                    i++;
                    char after = i < text.length() ? text.charAt(i) : '\r';
                    if (after != ',' && after != '\r') {
                        throw new IllegalStateException("text after a closing quote at " + i);
                    }
                } else {
                    field.append(c);
                    i++;
                }
            } else if (c == '"') {
                if (fieldStarted) {
                    throw new IllegalStateException("quote inside an unquoted field at " + i);
                }
                quoted = true;
                fieldStarted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalStateException("CR without LF at " + i);
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                i += 2;
            } else if (c == '\n') {
                throw new IllegalStateException("bare LF outside quotes at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (quoted || fieldStarted || !record.isEmpty()) {
            throw new IllegalStateException("the last record does not end with CRLF");
        }
        return records;
    }

    @Test
    void theCsvReadsBackWithAnIndependentRfc4180Reader() {
        String csv = DIRECTORY.toCsv();

        List<List<String>> records = readCsv(csv);

        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsExactlyElementsOf(FacilityDirectory.COLUMNS);
        assertThat(records.get(0))
                .startsWith(
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
                        "horaires");
        assertThat(records.get(1))
                .containsExactly(
                        "GREASQUE-MAIRIE",
                        "Mairie de Gréasque",
                        "mairie",
                        "place Félicien David",
                        "13850",
                        "Gréasque",
                        "13046",
                        "43.4331",
                        "5.5447",
                        "+33442698600",
                        "accueil@greasque.example",
                        "true",
                        "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off; 2026 Dec 24 08:30-12:00",
                        "");
        assertThat(records.get(2))
                .containsExactly(
                        SALLE.id().value(),
                        "Salle \"Li Pitchoun\", annexe",
                        "salle",
                        "3 bis chemin de la Mine, Le Puits Hely d'Oissel",
                        "13850",
                        "Gréasque",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Sa 14:00-24:00; Su 00:00-01:00",
                        "Clés à retirer en mairie, la veille.\nParking, 40 places; \"entrée B\"");
        assertThat(records.get(3).subList(0, 12))
                .containsExactly(
                        "GREASQUE-STADE",
                        "Stade municipal",
                        "equipement_sportif",
                        "Les Michels",
                        "13850",
                        "Gréasque",
                        "",
                        "-0.00001",
                        "180",
                        "",
                        "",
                        "false");
        assertThat(records.get(3).get(12)).isEqualTo("off");
        // Every horaires field reads back to the facility's hours.
        for (int i = 1; i < records.size(); i++) {
            assertThat(OpeningHours.parse(records.get(i).get(12)))
                    .isEqualTo(DIRECTORY.facilities().get(i - 1).hours());
        }
        assertThat(csv).startsWith("id,nom,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void theJsonReadsBackWithJackson() throws Exception {
        JsonNode array = new ObjectMapper().readTree(DIRECTORY.toJson());

        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        JsonNode mairie = array.get(0);
        List<String> names = new ArrayList<>();
        mairie.fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(FacilityDirectory.COLUMNS);
        expected.add("horaires_detail");
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(mairie.get("latitude").isNumber()).isTrue();
        assertThat(mairie.get("latitude").decimalValue()).isEqualByComparingTo("43.4331");
        assertThat(mairie.get("accessible_pmr").booleanValue()).isTrue();
        assertThat(mairie.get("telephone").asText()).isEqualTo("+33442698600");
        assertThat(mairie.get("horaires").asText()).isEqualTo(MAIRIE.hours().format());
        JsonNode detail = mairie.get("horaires_detail");
        assertThat(detail.get("semaine").get("lundi").toString())
                .isEqualTo("[{\"debut\":\"08:30\",\"fin\":\"12:00\"},{\"debut\":\"13:30\",\"fin\":\"17:30\"}]");
        assertThat(detail.get("semaine").get("dimanche")).isEmpty();
        assertThat(detail.get("ferme_jours_feries").booleanValue()).isTrue();
        assertThat(detail.get("calendrier_jours_feries").asText()).isEqualTo("France");
        assertThat(detail.get("exceptions").toString())
                .isEqualTo("[{\"date\":\"2026-12-24\",\"plages\":[{\"debut\":\"08:30\",\"fin\":\"12:00\"}]}]");

        JsonNode salle = array.get(1);
        assertThat(salle.get("nom").asText()).isEqualTo("Salle \"Li Pitchoun\", annexe");
        assertThat(salle.get("latitude").isNull()).isTrue();
        assertThat(salle.get("accessible_pmr").isNull()).isTrue();
        assertThat(salle.get("informations").asText()).contains("\nParking");
        assertThat(salle.get("horaires_detail").get("semaine").get("samedi").toString())
                .isEqualTo("[{\"debut\":\"14:00\",\"fin\":\"24:00\"}]");
        assertThat(array.get(2).get("longitude").decimalValue()).isEqualByComparingTo("180");
    }

    @Test
    void refusesWhatADirectoryCannotPublish() {
        assertThatThrownBy(() -> FacilityDirectory.of(List.of(MAIRIE, MAIRIE)))
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("GREASQUE-MAIRIE");
        assertThatThrownBy(() -> Coordinates.of(90.5, 5))
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("latitude");
        assertThatThrownBy(() -> Coordinates.of(43, -180.1))
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("longitude");
        assertThatThrownBy(() -> Coordinates.of(Double.NaN, 5)).isInstanceOf(InvalidFacilityException.class);
        assertThatThrownBy(() -> FacilityId.of("mairie principale")).isInstanceOf(InvalidFacilityException.class);
        assertThatThrownBy(() -> MAIRIE.toBuilder().name("  ").build())
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("nom");
        assertThatThrownBy(() -> MAIRIE.toBuilder().name("Mairie\nannexe").build())
                .isInstanceOf(InvalidFacilityException.class);
        assertThatThrownBy(() -> Facility.builder().name("Mairie").build())
                .isInstanceOf(InvalidFacilityException.class)
                .hasMessageContaining("id");
        assertThat(fr.eadmin.core.UuidV7.isV7(
                        java.util.UUID.fromString(SALLE.id().value())))
                .isTrue();
        assertThat(DIRECTORY.find(FacilityId.of("GREASQUE-STADE"))).contains(STADE);
    }
}
