package fr.eadmin.core.facility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.usager.Adresse;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A town's public directory of facilities, in the order the town lists them, exported as open data in CSV and JSON.
 *
 * <h2>Columns</h2>
 *
 * <p>Both exports have the same fields, in this order ({@link #COLUMNS}); an unknown optional value is an empty
 * CSV field and a JSON {@code null}:
 *
 * <ul>
 *   <li>{@code id}: the facility's stable identifier ({@link FacilityId});
 *   <li>{@code nom}: its name;
 *   <li>{@code categorie}: its category code ({@link FacilityCategory#code()}, such as {@code equipement_sportif});
 *   <li>{@code adresse}: the street line: number, indice de répétition and voie, and the lieu-dit after a comma
 *       ({@code "12 bis rue des Lilas"}, {@code "Le Bourg"});
 *   <li>{@code code_postal}, {@code commune}, {@code code_insee}: from the address ({@code code_insee} may be empty);
 *   <li>{@code latitude}, {@code longitude}: WGS84 decimal degrees, point as decimal separator (JSON numbers);
 *   <li>{@code telephone}: E.164 form, {@code +33442698600};
 *   <li>{@code email};
 *   <li>{@code accessible_pmr}: {@code true}, {@code false} or empty when unknown (JSON boolean or null);
 *   <li>{@code horaires}: the opening hours in the OpenStreetMap {@code opening_hours} syntax ({@link
 *       OpeningHours#format()});
 *   <li>{@code informations}: practical information for visitors, possibly on several lines (LF), empty if none.
 * </ul>
 *
 * <p>The JSON export adds, last, {@code horaires_detail}, the same hours structured: {@code semaine} (an object with the
 * seven French day names {@code lundi} … {@code dimanche}, each a list of {@code {"debut": "08:30", "fin":
 * "12:00"}}, empty when closed), {@code ferme_jours_feries} (boolean), {@code calendrier_jours_feries} (the
 * calendar's name, such as {@code "France"} or {@code "Alsace-Moselle"}) and {@code exceptions} (a list of {@code
 * {"date": "2026-12-24", "plages": [...]}} in date order, no plage meaning closed that day). A range ending at
 * midnight has {@code "fin": "24:00"}.
 *
 * <h2>Formats</h2>
 *
 * <p>CSV follows RFC 4180: comma separator, CRLF after every record (the last included), a header line, fields
 * quoted with {@code "} when they hold a comma, a quote, CR or LF, with quotes doubled inside. Write it in UTF-8
 * (without byte order mark). JSON is an array of objects, one per facility, in UTF-8.
 */
public final class FacilityDirectory {
    /** The columns of the CSV export and the fields of the JSON export, in order. */
    public static final List<String> COLUMNS = List.of(
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

    private static final List<String> FRENCH_DAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Facility> facilities;

    private FacilityDirectory(List<Facility> facilities) {
        this.facilities = facilities;
    }

    /**
     * A directory of facilities.
     *
     * @param facilities the facilities, in the order to publish them
     * @return the directory
     * @throws InvalidFacilityException if two facilities have the same id
     */
    public static FacilityDirectory of(Collection<Facility> facilities) {
        Objects.requireNonNull(facilities, "facilities");
        Set<FacilityId> ids = new HashSet<>();
        for (Facility facility : facilities) {
            Objects.requireNonNull(facility, "facility");
            if (!ids.add(facility.id())) {
                throw new InvalidFacilityException("id", "two facilities have the id " + facility.id());
            }
        }
        return new FacilityDirectory(List.copyOf(facilities));
    }

    /**
     * The facilities, in order.
     *
     * @return the facilities
     */
    public List<Facility> facilities() {
        return facilities;
    }

    /**
     * Looks a facility up by id.
     *
     * @param id the id
     * @return the facility, or empty
     */
    public Optional<Facility> find(FacilityId id) {
        Objects.requireNonNull(id, "id");
        return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * The CSV export (see the class documentation for the columns and the format).
     *
     * @return the CSV text, header first, each record ending with CRLF
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        appendRecord(csv, COLUMNS);
        for (Facility facility : facilities) {
            appendRecord(csv, row(facility));
        }
        return csv.toString();
    }

    /**
     * The JSON export (see the class documentation for the fields).
     *
     * @return the JSON text: an array of objects, indented
     */
    public String toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Facility facility : facilities) {
            array.add(json(facility));
        }
        try {
            return JSON.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(Facility f) {
        Adresse a = f.adresse();
        List<String> row = new ArrayList<>();
        row.add(f.id().value());
        row.add(f.name());
        row.add(f.category().code());
        row.add(streetLine(a));
        row.add(orEmpty(a.codePostal()));
        row.add(a.commune());
        row.add(a.codeInsee() == null ? "" : a.codeInsee().value());
        row.add(f.coordinates() == null ? "" : f.coordinates().latitudeText());
        row.add(f.coordinates() == null ? "" : f.coordinates().longitudeText());
        row.add(f.telephone() == null ? "" : f.telephone().value());
        row.add(f.email() == null ? "" : f.email().value());
        row.add(f.accessible() == null ? "" : f.accessible().toString());
        row.add(f.hours().format());
        row.add(orEmpty(f.information()));
        return row;
    }

    private static ObjectNode json(Facility f) {
        Adresse a = f.adresse();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", f.id().value());
        node.put("nom", f.name());
        node.put("categorie", f.category().code());
        node.put("adresse", streetLine(a));
        node.put("code_postal", a.codePostal());
        node.put("commune", a.commune());
        node.put("code_insee", a.codeInsee() == null ? null : a.codeInsee().value());
        if (f.coordinates() == null) {
            node.putNull("latitude");
            node.putNull("longitude");
        } else {
            node.put("latitude", new BigDecimal(f.coordinates().latitudeText()));
            node.put("longitude", new BigDecimal(f.coordinates().longitudeText()));
        }
        node.put("telephone", f.telephone() == null ? null : f.telephone().value());
        node.put("email", f.email() == null ? null : f.email().value());
        node.put("accessible_pmr", f.accessible());
        node.put("horaires", f.hours().format());
        node.put("informations", f.information());
        node.set("horaires_detail", detail(f.hours()));
        return node;
    }

    private static ObjectNode detail(OpeningHours hours) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        ObjectNode week = detail.putObject("semaine");
        for (DayOfWeek day : DayOfWeek.values()) {
            week.set(FRENCH_DAYS.get(day.getValue() - 1), ranges(hours.on(day)));
        }
        detail.put("ferme_jours_feries", hours.closedOnPublicHolidays());
        detail.put("calendrier_jours_feries", hours.holidays().name());
        ArrayNode exceptions = detail.putArray("exceptions");
        for (var entry : hours.exceptions().entrySet()) {
            LocalDate date = entry.getKey();
            ObjectNode exception = exceptions.addObject();
            exception.put("date", date.toString());
            exception.set("plages", ranges(entry.getValue()));
        }
        return detail;
    }

    private static ArrayNode ranges(List<TimeRange> ranges) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (TimeRange range : ranges) {
            ObjectNode node = array.addObject();
            node.put("debut", TimeRange.text(range.startMinute()));
            node.put("fin", TimeRange.text(range.endMinute()));
        }
        return array;
    }

    /** Number, indice and voie, then the lieu-dit after a comma; the service de distribution if nothing else. */
    static String streetLine(Adresse a) {
        StringBuilder line = new StringBuilder();
        if (a.numero() != null) {
            line.append(a.numero());
            if (a.indiceRepetition() != null) {
                line.append(' ').append(a.indiceRepetition());
            }
        }
        if (a.voie() != null) {
            appendWord(line, a.voie(), " ");
        }
        if (a.lieuDit() != null) {
            appendWord(line, a.lieuDit(), a.voie() != null ? ", " : " ");
        }
        if (line.length() == 0 && a.serviceDistribution() != null) {
            line.append(a.serviceDistribution());
        }
        return line.toString();
    }

    private static void appendWord(StringBuilder line, String word, String separator) {
        if (line.length() > 0) {
            line.append(separator);
        }
        line.append(word);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void appendRecord(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\r') >= 0
                    || field.indexOf('\n') >= 0) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
