package fr.eadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.archive.journal.ExtractProblem;
import fr.eadmin.archive.journal.ExtractVerification;
import fr.eadmin.archive.journal.JournalExtract;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lyon, the traceability journal verified and sealed: the journal is sealed with the town's RFC 3161
 * timestamping unit, exported whole as a journal file, verified (chain of hashes and seal tokens), and the
 * exported file is itself timestamped, so that a third party holding the town's root certificate can check both
 * with {@code openssl ts}. A copy of the file with one line altered (a late answer backdated into the delay) is
 * verified too: the verification names the line, the position and why.
 */
final class LyonJournal {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the journal check found.
     *
     * @param file the exported journal file
     * @param verification its verification
     * @param token the timestamp token of the file (DER)
     * @param tokenVerifies whether the token attests the file's SHA-256
     * @param alteredLine the line altered in the copy, from 1
     * @param alteredPosition the journal position of that line's entry
     * @param altered the verification of the altered copy
     */
    record Check(
            Path file,
            ExtractVerification verification,
            Path token,
            boolean tokenVerifies,
            long alteredLine,
            long alteredPosition,
            ExtractVerification altered) {}

    private final ScenarioContext context;

    LyonJournal(ScenarioContext context) {
        this.context = context;
    }

    /**
     * Exports the whole journal with the town's seals, verifies it, timestamps the file, then shows that a copy
     * with one altered entry is detected.
     *
     * @param journal the journal
     * @param seals the seals made by the town's timestamping unit, in position order
     * @param timestamper the town's timestamping unit
     * @param subjectId the subject whose answer the altered copy backdates
     * @param backdatedTo the time the altered copy claims
     * @return what was found
     */
    Check exportAndVerify(
            JdbcJournal journal,
            List<JournalSeal> seals,
            Rfc3161Timestamper timestamper,
            String subjectId,
            Instant backdatedTo)
            throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (List<JournalEntry> page = journal.read(1, JdbcJournal.DEFAULT_PAGE_SIZE);
                !page.isEmpty();
                page = journal.read(page.get(page.size() - 1).position() + 1, JdbcJournal.DEFAULT_PAGE_SIZE)) {
            entries.addAll(page);
        }
        // @start region="journal"
        Path file = context.file("journal-lyon.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            JournalExtracts.write(JournalExtract.full(entries, seals), out);
        }
        context.record(ArtifactKind.JOURNAL, file);
        ExtractVerification verification = verify(file, timestamper);

        // The file itself is timestamped: anyone can later show it existed, unchanged, at that time.
        byte[] digest = sha256(Files.readAllBytes(file));
        TimestampToken stamp = timestamper.timestamp(digest);
        Path token = context.file("journal-lyon.jsonl.tst");
        Files.write(token, stamp.encoded());
        context.recordTimestampToken(token, file);
        boolean tokenVerifies = timestamper.verify(stamp, digest);
        // @end

        // A copy where the late answer is backdated into the delay: one line changed, nothing else.
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int index = -1;
        for (int i = 1; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            if (line.has("position")
                    && subjectId.equals(line.path("subjectId").asText())
                    && "demande.accept".equals(line.path("action").asText())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalStateException("the journal holds no answer to backdate");
        }
        ObjectNode backdated = (ObjectNode) JSON.readTree(lines.get(index));
        backdated.put("at", backdatedTo.toString());
        lines.set(index, JSON.writeValueAsString(backdated));
        Path copy = context.privateFolder("lyon-controles").resolve("journal-lyon-altere.jsonl");
        Files.write(copy, lines, StandardCharsets.UTF_8);
        ExtractVerification altered = verify(copy, timestamper);
        long position = backdated.path("position").asLong();

        String report = report(file, verification, token, tokenVerifies, index + 1L, position, backdatedTo, altered);
        context.writeReport("journal-verification.txt", report);
        report.lines().forEach(context::say);
        return new Check(file, verification, token, tokenVerifies, index + 1L, position, altered);
    }

    private static ExtractVerification verify(Path file, Rfc3161Timestamper timestamper) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JournalExtracts.verify(in, timestamper);
        }
    }

    private static String report(
            Path file,
            ExtractVerification verification,
            Path token,
            boolean tokenVerifies,
            long alteredLine,
            long alteredPosition,
            Instant backdatedTo,
            ExtractVerification altered) {
        StringBuilder text = new StringBuilder();
        text.append("Journal de traçabilité exporté: ")
                .append(file.getFileName())
                .append(" (")
                .append(verification.scope())
                .append(")\n");
        text.append("  ")
                .append(verification.entriesChecked())
                .append(" entrées, ")
                .append(verification.sealsChecked())
                .append(" scellement(s) vérifié(s) par l'unité d'horodatage de la ville: ")
                .append(verification.isValid() ? "chaîne intacte" : "ANOMALIE")
                .append('\n');
        for (ExtractProblem problem : verification.problems()) {
            text.append("  problème: ").append(describe(problem)).append('\n');
        }
        for (String note : verification.notChecked()) {
            text.append("  non vérifié: ").append(note).append('\n');
        }
        text.append("  jeton d'horodatage du fichier: ")
                .append(token.getFileName())
                .append(tokenVerifies ? ", atteste le SHA-256 du fichier" : ", NE CORRESPOND PAS au fichier")
                .append('\n');
        text.append("\nCopie altérée: la réponse tardive antidatée au ")
                .append(backdatedTo)
                .append(" (ligne ")
                .append(alteredLine)
                .append(", position ")
                .append(alteredPosition)
                .append(")\n");
        text.append("  ")
                .append(altered.isValid() ? "NON DÉTECTÉE" : "détectée")
                .append(": ")
                .append(altered.problems().size())
                .append(" problème(s)\n");
        for (ExtractProblem problem : altered.problems()) {
            text.append("  problème: ").append(describe(problem)).append('\n');
        }
        return text.toString();
    }

    private static String describe(ExtractProblem problem) {
        String why =
                switch (problem.code()) {
                    case ENTRY_MODIFIED -> "le contenu de l'entrée ne correspond plus à son empreinte";
                    case CHAIN_BROKEN -> "l'entrée ne suit plus la précédente dans la chaîne d'empreintes";
                    case POSITION_GAP -> "une position manque";
                    case POSITION_DUPLICATE -> "une position est répétée ou dans le désordre";
                    case SEAL_MISMATCH -> "le scellement ne désigne pas l'empreinte de l'entrée";
                    case SEAL_INVALID -> "le jeton d'horodatage du scellement n'atteste pas l'empreinte";
                    default -> problem.code().name();
                };
        return "ligne " + problem.line() + ", position " + problem.position() + ": " + problem.code() + " (" + why
                + ")";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
