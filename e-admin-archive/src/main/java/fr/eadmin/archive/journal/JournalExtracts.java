package fr.eadmin.archive.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.archive.journal.ExtractProblem.Code;
import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.journal.JournalVerifier;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes, reads and verifies journal files: JSON Lines in UTF-8, one JSON object per line.
 *
 * <ol>
 *   <li>The header: {@code {"format":"e-admin journal extract 1","scope":"SUBJECT","subjectType":"demande",
 *       "subjectId":"…"}} ({@code "scope":"FULL"} and no subject for a whole export).
 *   <li>One line per entry, in position order: {@code position}, {@code at} (ISO-8601 instant), {@code actor}
 *       (its reference), {@code action}, {@code subjectType}, {@code subjectId}, {@code details} (an object of
 *       strings), {@code previousHash} and {@code hash} (hexadecimal). The hash is recomputed from these
 *       fields with core's {@link fr.eadmin.core.journal.JournalEncoding}.
 *   <li>One line per seal: {@code {"seal":{"position":…,"hash":"…","time":"…","token":"<base64>"}}}.
 * </ol>
 */
public final class JournalExtracts {
    /** The name of the format, in the header line. */
    public static final String FORMAT = "e-admin journal extract 1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalExtracts() {}

    /**
     * Writes a journal file. The stream is not closed.
     *
     * @param extract the entries and seals
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(JournalExtract extract, OutputStream out) throws IOException {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(out, "out");
        ObjectNode header = JSON.createObjectNode();
        header.put("format", FORMAT);
        header.put("scope", extract.scope().name());
        if (extract.subjectType() != null) {
            header.put("subjectType", extract.subjectType());
            header.put("subjectId", extract.subjectId());
        }
        writeLine(header, out);
        for (JournalEntry entry : extract.entries()) {
            writeLine(entryNode(entry), out);
        }
        for (JournalSeal seal : extract.seals()) {
            ObjectNode node = JSON.createObjectNode();
            ObjectNode body = node.putObject("seal");
            body.put("position", seal.position());
            body.put("hash", seal.hash().hex());
            body.put("time", seal.time().toString());
            body.put("token", Base64.getEncoder().encodeToString(seal.token().encoded()));
            writeLine(node, out);
        }
        out.flush();
    }

    private static ObjectNode entryNode(JournalEntry entry) {
        JournalEvent event = entry.event();
        ObjectNode node = JSON.createObjectNode();
        node.put("position", entry.position());
        node.put("at", event.at().toString());
        node.put("actor", event.actor().reference());
        node.put("action", event.action());
        node.put("subjectType", event.subjectType());
        node.put("subjectId", event.subjectId());
        ObjectNode details = node.putObject("details");
        event.details().forEach(details::put);
        node.put("previousHash", entry.previousHash().hex());
        node.put("hash", entry.hash().hex());
        return node;
    }

    private static void writeLine(ObjectNode node, OutputStream out) throws IOException {
        out.write(JSON.writeValueAsBytes(node));
        out.write('\n');
    }

    /**
     * Reads a journal file entirely. For files of any size, and to get every problem as a value, use {@link
     * #verify}.
     *
     * @param in the file's content (not closed)
     * @return the extract
     * @throws InvalidJournalExtractException if a line cannot be read
     * @throws IOException if reading fails
     */
    public static JournalExtract read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null) {
            throw new InvalidJournalExtractException(1, "empty file");
        }
        Header header = header(first);
        Body body = body(reader, null);
        return new JournalExtract(header.scope, header.subjectType, header.subjectId, body.entries, body.seals);
    }

    /**
     * Verifies a journal file, reading it line by line. A whole export ({@link ExtractScope#FULL}) is checked
     * as core's {@link JournalVerifier} checks a journal; a subject extract entry by entry (hash of each
     * entry, order of positions, links between consecutive positions, subject), and seals against the entries
     * at their positions. Seal tokens are checked only with a timestamper; otherwise the outcome says they
     * were not.
     *
     * @param in the file's content (not closed)
     * @param timestamper the service that issued the seals' tokens, or null to leave tokens unchecked
     * @return the outcome
     * @throws IOException if reading fails
     */
    public static ExtractVerification verify(InputStream in, @Nullable Timestamper timestamper) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<ExtractProblem> problems = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        String first = reader.readLine();
        Header header;
        try {
            header = header(first == null ? "" : first);
        } catch (InvalidJournalExtractException e) {
            problems.add(new ExtractProblem(1, 0, Code.NOT_A_JOURNAL_FILE));
            return new ExtractVerification(null, 0, 0, problems, notChecked);
        }
        Body body = body(reader, problems);
        List<JournalEntry> entries = body.entries;
        List<Long> entryLines = body.entryLines;
        List<JournalSeal> seals = body.seals;
        long sealsChecked;
        if (header.scope == ExtractScope.FULL) {
            sealsChecked = verifyFull(entries, entryLines, seals, timestamper, problems);
        } else {
            sealsChecked = verifySubject(header, entries, entryLines, seals, timestamper, problems, notChecked);
        }
        if (timestamper == null && !seals.isEmpty()) {
            notChecked.add("the timestamp tokens of " + seals.size()
                    + " seal(s): no timestamp verifier is configured; only their hashes were compared");
        }
        if (seals.isEmpty()) {
            notChecked.add("no seal in the file: nothing attests when the entries existed");
        }
        return new ExtractVerification(header.scope, entries.size(), sealsChecked, problems, notChecked);
    }

    private static long verifyFull(
            List<JournalEntry> entries,
            List<Long> entryLines,
            List<JournalSeal> seals,
            @Nullable Timestamper timestamper,
            List<ExtractProblem> problems) {
        JournalVerifier verifier = JournalVerifier.create(seals, timestamper);
        int index = 0;
        for (JournalEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
            index++;
        }
        JournalVerification outcome = verifier.finish();
        JournalVerification.Failure failure = outcome.failure();
        if (failure != null) {
            long line = index < entryLines.size() ? entryLines.get(index) : 0;
            problems.add(new ExtractProblem(line, failure.position(), code(failure.problem())));
        }
        return outcome.sealsChecked();
    }

    private static Code code(JournalVerification.Problem problem) {
        return switch (problem) {
            case ENTRY_MODIFIED -> Code.ENTRY_MODIFIED;
            case CHAIN_BROKEN, HEAD_MISMATCH -> Code.CHAIN_BROKEN;
            case POSITION_GAP -> Code.POSITION_GAP;
            case POSITION_DUPLICATE -> Code.POSITION_DUPLICATE;
            case SEAL_MISMATCH -> Code.SEAL_MISMATCH;
            case SEAL_INVALID -> Code.SEAL_INVALID;
            case TRUNCATED -> Code.TRUNCATED;
        };
    }

    private static long verifySubject(
            Header header,
            List<JournalEntry> entries,
            List<Long> entryLines,
            List<JournalSeal> seals,
            @Nullable Timestamper timestamper,
            List<ExtractProblem> problems,
            List<String> notChecked) {
        Map<Long, JournalEntry> byPosition = new HashMap<>();
        JournalEntry previous = null;
        boolean gaps = false;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            long line = entryLines.get(i);
            if (!entry.hashMatchesContent()) {
                problems.add(new ExtractProblem(line, entry.position(), Code.ENTRY_MODIFIED));
            }
            if (!entry.event().subjectType().equals(header.subjectType)
                    || !entry.event().subjectId().equals(header.subjectId)) {
                problems.add(new ExtractProblem(line, entry.position(), Code.FOREIGN_SUBJECT));
            }
            if (previous != null) {
                if (entry.position() <= previous.position()) {
                    problems.add(new ExtractProblem(line, entry.position(), Code.POSITION_DUPLICATE));
                } else if (entry.position() == previous.position() + 1) {
                    if (!entry.previousHash().equals(previous.hash())) {
                        problems.add(new ExtractProblem(line, entry.position(), Code.CHAIN_BROKEN));
                    }
                } else {
                    gaps = true;
                }
            } else if (entry.position() == 1 && !entry.previousHash().equals(JournalHash.GENESIS)) {
                problems.add(new ExtractProblem(line, entry.position(), Code.CHAIN_BROKEN));
            }
            byPosition.put(entry.position(), entry);
            previous = entry;
        }
        if (gaps || (!entries.isEmpty() && entries.get(0).position() > 1)) {
            notChecked.add("the links to entries of other subjects between the extract's entries (a subject"
                    + " extract is not the whole journal)");
        }
        long checked = 0;
        int outside = 0;
        for (JournalSeal seal : seals) {
            JournalEntry sealed = byPosition.get(seal.position());
            if (sealed == null) {
                outside++;
                continue;
            }
            if (!sealed.hash().equals(seal.hash())) {
                problems.add(new ExtractProblem(0, seal.position(), Code.SEAL_MISMATCH));
            } else if (timestamper != null
                    && !timestamper.verify(seal.token(), seal.hash().bytes())) {
                problems.add(new ExtractProblem(0, seal.position(), Code.SEAL_INVALID));
            } else {
                checked++;
            }
        }
        if (outside > 0) {
            notChecked.add(outside + " seal(s) at positions outside the extract: not compared with an entry");
        }
        return checked;
    }

    private record Body(List<JournalEntry> entries, List<Long> entryLines, List<JournalSeal> seals) {}

    /**
     * Reads the lines after the header.
     *
     * @param reader the file, after its header
     * @param problems where to record unreadable lines, or null to throw on the first one
     */
    private static Body body(BufferedReader reader, @Nullable List<ExtractProblem> problems) throws IOException {
        Body body = new Body(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Object item;
            try {
                item = item(number, line);
            } catch (InvalidJournalExtractException e) {
                if (problems == null) {
                    throw e;
                }
                problems.add(new ExtractProblem(number, 0, Code.UNREADABLE_LINE));
                continue;
            }
            if (item instanceof JournalEntry entry) {
                body.entries.add(entry);
                body.entryLines.add(number);
            } else {
                body.seals.add((JournalSeal) item);
            }
        }
        return body;
    }

    private record Header(
            ExtractScope scope,
            @Nullable String subjectType,
            @Nullable String subjectId) {}

    private static Header header(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !FORMAT.equals(node.path("format").asText(null))) {
                throw new InvalidJournalExtractException(1, "not a journal file of format " + FORMAT);
            }
            ExtractScope scope = ExtractScope.valueOf(node.path("scope").asText(""));
            String type =
                    node.hasNonNull("subjectType") ? node.get("subjectType").asText() : null;
            String id = node.hasNonNull("subjectId") ? node.get("subjectId").asText() : null;
            if ((scope == ExtractScope.SUBJECT) != (type != null && id != null)) {
                throw new InvalidJournalExtractException(1, "the subject does not match the scope");
            }
            return new Header(scope, type, id);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidJournalExtractException(1, "not a journal file of format " + FORMAT);
        }
    }

    private static Object item(long number, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new InvalidJournalExtractException(number, "not a JSON object");
            }
            if (node.has("seal")) {
                JsonNode seal = node.get("seal");
                return new JournalSeal(
                        seal.required("position").asLong(),
                        JournalHash.parse(text(seal, "hash")),
                        new TimestampToken(
                                Base64.getDecoder().decode(text(seal, "token")), Instant.parse(text(seal, "time"))));
            }
            Map<String, String> details = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.required("details").properties()) {
                details.put(field.getKey(), field.getValue().asText());
            }
            JournalEvent event = new JournalEvent(
                    Instant.parse(text(node, "at")),
                    Actor.parse(text(node, "actor")),
                    text(node, "action"),
                    text(node, "subjectType"),
                    text(node, "subjectId"),
                    details);
            return new JournalEntry(
                    node.required("position").asLong(),
                    event,
                    JournalHash.parse(text(node, "previousHash")),
                    JournalHash.parse(text(node, "hash")));
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof InvalidJournalExtractException invalid) {
                throw invalid;
            }
            throw new InvalidJournalExtractException(number, "not an entry nor a seal");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return value.asText();
    }
}
