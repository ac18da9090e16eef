package fr.eadmin.archive.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.journal.ExtractProblem.Code;
import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalExtractsTest {
    static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    /** A timestamper whose token is the digest itself: enough to tell a matching token from another. */
    static final Timestamper ECHO = new Timestamper() {
        @Override
        public TimestampToken timestamp(byte[] sha256) {
            return new TimestampToken(sha256, AT);
        }

        @Override
        public boolean verify(TimestampToken token, byte[] sha256) {
            return MessageDigest.isEqual(token.encoded(), sha256);
        }
    };

    final InMemoryJournal journal = InMemoryJournal.create();

    void append(String type, String id, String action) {
        journal.append(new JournalEvent(AT, Actor.system("demandes"), action, type, id, Map.of("k", "v")));
    }

    InMemoryJournal filled() {
        append("demande", "d-1", "demande.deposee");
        append("demande", "d-2", "demande.deposee");
        append("demande", "d-1", "demande.acceptee");
        append("demande", "d-1", "demande.archivee");
        return journal;
    }

    static byte[] write(JournalExtract extract) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalExtracts.write(extract, out);
        return out.toByteArray();
    }

    static ExtractVerification verify(byte[] file, Timestamper timestamper) throws IOException {
        return JournalExtracts.verify(new ByteArrayInputStream(file), timestamper);
    }

    @Test
    void aWholeExportRoundTripsAndVerifiesWithItsSeals() throws IOException {
        filled();
        JournalSeal seal = journal.seal(ECHO);
        byte[] file = write(JournalExtract.full(journal.read(1, 100), journal.seals()));

        JournalExtract read = JournalExtracts.read(new ByteArrayInputStream(file));
        assertThat(read.entries()).isEqualTo(journal.read(1, 100));
        assertThat(read.seals()).containsExactly(seal);

        ExtractVerification checked = verify(file, ECHO);
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.sealsChecked()).isEqualTo(1);
        assertThat(checked.notChecked()).isEmpty();

        ExtractVerification unchecked = verify(file, null);
        assertThat(unchecked.isValid()).isTrue();
        assertThat(unchecked.notChecked()).singleElement().asString().contains("no timestamp verifier");
    }

    @Test
    void aSubjectExtractVerifiesEntryByEntryAndSaysWhatItCannotCheck() throws IOException {
        filled();
        byte[] file = write(JournalExtract.about("demande", "d-1", journal.about("demande", "d-1"), List.of()));

        ExtractVerification outcome = verify(file, null);

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.entriesChecked()).isEqualTo(3);
        assertThat(outcome.notChecked()).anySatisfy(s -> assertThat(s).contains("other subjects"));
    }

    @Test
    void detectsAModifiedEntry() throws IOException {
        filled();
        String text = new String(write(JournalExtract.full(journal.read(1, 100), List.of())), StandardCharsets.UTF_8);
        byte[] tampered =
                text.replaceFirst("demande.acceptee", "demande.refusee").getBytes(StandardCharsets.UTF_8);

        ExtractVerification outcome = verify(tampered, null);

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.ENTRY_MODIFIED);
            assertThat(p.position()).isEqualTo(3);
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void detectsARemovedEntryInAWholeExport() throws IOException {
        filled();
        List<String> lines = Arrays.asList(
                new String(write(JournalExtract.full(journal.read(1, 100), List.of())), StandardCharsets.UTF_8)
                        .split("\n"));
        String withoutSecond = String.join("\n", lines.get(0), lines.get(1), lines.get(3), lines.get(4)) + "\n";

        ExtractVerification outcome = verify(withoutSecond.getBytes(StandardCharsets.UTF_8), null);

        assertThat(outcome.problems()).extracting(ExtractProblem::code).containsExactly(Code.POSITION_GAP);
    }

    @Test
    void detectsAForgedSealAndAForeignEntry() throws IOException {
        filled();
        List<JournalEntry> entries = journal.about("demande", "d-1");
        JournalEntry last = entries.get(2);
        JournalSeal forged = new JournalSeal(last.position(), last.hash(), new TimestampToken(new byte[] {1, 2}, AT));
        JournalEntry foreign = journal.read(2, 1).get(0);
        byte[] file = write(JournalExtract.about(
                "demande", "d-1", List.of(entries.get(0), foreign, entries.get(1), entries.get(2)), List.of(forged)));

        assertThat(verify(file, ECHO).problems())
                .extracting(ExtractProblem::code)
                .containsExactly(Code.FOREIGN_SUBJECT, Code.SEAL_INVALID);
        assertThat(verify(file, null).problems())
                .extracting(ExtractProblem::code)
                .containsExactly(Code.FOREIGN_SUBJECT);
    }

    @Test
    void reportsUnreadableLinesAndFilesThatAreNotJournals() throws IOException {
        filled();
        String text = new String(write(JournalExtract.full(journal.read(1, 100), List.of())), StandardCharsets.UTF_8);
        assertThat(verify((text + "{oops\n").getBytes(StandardCharsets.UTF_8), null)
                        .problems())
                .extracting(ExtractProblem::code)
                .containsExactly(Code.UNREADABLE_LINE);
        assertThat(verify("hello\n".getBytes(StandardCharsets.UTF_8), null).problems())
                .extracting(ExtractProblem::code)
                .containsExactly(Code.NOT_A_JOURNAL_FILE);
        assertThatThrownBy(() -> JournalExtracts.read(
                        new ByteArrayInputStream((text + "[]\n").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidJournalExtractException.class, e -> assertThat(e.line())
                        .isEqualTo(6));
    }

    @Test
    void theFirstEntryMustStartTheChain() throws IOException {
        JournalEvent event = new JournalEvent(AT, Actor.system("x"), "a.b", "demande", "d-1", Map.of());
        JournalEntry bogus = JournalEntry.chain(
                1,
                event,
                JournalHash.of(new byte[32]).equals(JournalHash.GENESIS)
                        ? JournalHash.parse("11".repeat(32))
                        : JournalHash.GENESIS);
        byte[] file = write(JournalExtract.about("demande", "d-1", List.of(bogus), List.of()));
        assertThat(verify(file, null).problems())
                .extracting(ExtractProblem::code)
                .containsExactly(Code.CHAIN_BROKEN);
    }
}
