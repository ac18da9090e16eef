package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.journal.ExtractScope;
import fr.eadmin.archive.journal.ExtractVerification;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.memory.InMemoryBlobStore;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipBuilderTest {
    @TempDir
    Path dir;

    @Test
    void theManifestValidatesWithXmllintAgainstTheOfficialSchema() throws Exception {
        Path sip = dir.resolve("sip.zip");
        SipBuilder.create(Zips.CLOCK)
                .writeTo(
                        Samples.HEADER,
                        List.of(
                                Samples.dossier(),
                                Samples.dossier(),
                                oneDocument(
                                        "R-0",
                                        new SipDocument("Vide", "vide.txt", ContentSource.ofBytes(new byte[0])))),
                        sip);
        Path manifest = dir.resolve("manifest.xml");
        Files.write(manifest, Zips.entries(Files.readAllBytes(sip)).get(SipBuilder.MANIFEST));

        String outcome = SedaTools.xmllint(manifest);

        assertThat(outcome).startsWith("0\n").contains("validates");
    }

    @Test
    void theWrittenPackagePassesTheIndependentCheckIncludingTheSchema() throws Exception {
        Path sip = dir.resolve("sip.zip");
        SipBuilder.create(Zips.CLOCK).writeTo(Samples.HEADER, List.of(Samples.dossier()), sip);

        SipReport report =
                SipChecker.withSchema(SedaSchema.load(SedaTools.sedaFolder())).check(sip);

        assertThat(report.problems()).isEmpty();
        assertThat(report.schemaChecked()).isTrue();
        assertThat(report.dataObjects()).isEqualTo(8);
        assertThat(report.entries()).isEqualTo(9);
    }

    @Test
    void theManifestDescribesEachFileWithItsDigestSizeAndDetectedFormat() {
        byte[] zip = Zips.sip();
        Map<String, byte[]> entries = Zips.entries(zip);
        String manifest = Zips.manifest(zip);

        byte[] pdf = entries.get("Content/001_001_formulaire.pdf");
        assertThat(pdf).isEqualTo(Samples.pdfA3b());
        assertThat(manifest)
                .contains("<MessageDigest algorithm=\"SHA-512\">" + sha512(pdf) + "</MessageDigest>")
                .contains("<Size>" + pdf.length + "</Size>")
                .contains("<FormatId>fmt/480</FormatId>")
                .contains("<FormatId>fmt/13</FormatId>")
                .contains("<FormatId>fmt/43</FormatId>")
                .contains("<FormatId>fmt/817</FormatId>")
                .contains("<FormatId>fmt/101</FormatId>")
                .contains("<FormatId>x-fmt/111</FormatId>")
                .contains("<MimeType>application/octet-stream</MimeType>")
                .contains("<DataObjectVersion>BinaryMaster_1</DataObjectVersion>")
                .contains("<Filename>../photo.jpg</Filename>")
                .contains("<Uri>Content/001_003_photo.jpg</Uri>")
                .contains("<Date>2026-11-22T17:00:00+01:00</Date>")
                .contains(
                        "<OriginatingAgencyArchiveUnitIdentifier>2026-000123</OriginatingAgencyArchiveUnitIdentifier>")
                .contains("<Title>Inscription scolaire &lt;élémentaire&gt; &amp; périscolaire</Title>")
                .contains("<FinalAction>Destroy</FinalAction>")
                .contains("<AccessRule><Rule>ACC-00050</Rule>")
                .contains("<ArchivalAgency><Identifier>FRAD078</Identifier>");
        assertThat(manifest.indexOf("DescriptionLevel>File")).isLessThan(manifest.indexOf("DescriptionLevel>Item"));
    }

    @Test
    void theJournalExtractOfTheDossierIsInThePackageAndVerifies() throws IOException {
        Map<String, byte[]> entries = Zips.entries(Zips.sip());
        byte[] journal = entries.get("Content/001_journal-001.jsonl");

        ExtractVerification outcome = JournalExtracts.verify(new ByteArrayInputStream(journal), null);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.scope()).isEqualTo(ExtractScope.SUBJECT);
        assertThat(outcome.entriesChecked()).isEqualTo(2);
        assertThat(Zips.manifest(Zips.sip())).contains("<Title>Journal de traçabilité</Title>");
    }

    @Test
    void theJournalSealsTravelWithTheExtractAndAreVerifiedWithTheirTimestamper() throws IOException {
        List<JournalEntry> entries = Samples.journal("d-9");
        JournalEntry last = entries.get(entries.size() - 1);
        TimestampToken token = new TimestampToken(last.hash().bytes(), Instant.parse("2026-03-21T00:00:00Z"));
        Timestamper echo = new Timestamper() {
            @Override
            public TimestampToken timestamp(byte[] sha256) {
                return new TimestampToken(sha256, Instant.EPOCH);
            }

            @Override
            public boolean verify(TimestampToken candidate, byte[] sha256) {
                return Arrays.equals(candidate.encoded(), sha256);
            }
        };
        SipDossier dossier =
                Samples.dossier().withJournal(entries, List.of(new JournalSeal(last.position(), last.hash(), token)));

        byte[] journal = Zips.entries(Zips.sip(List.of(dossier))).get("Content/001_journal-001.jsonl");
        ExtractVerification outcome = JournalExtracts.verify(new ByteArrayInputStream(journal), echo);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.sealsChecked()).isEqualTo(1);
        assertThatThrownBy(() -> Samples.dossier()
                        .withJournal(List.of(), List.of(new JournalSeal(last.position(), last.hash(), token))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentComesFromABlobStore() throws IOException {
        InMemoryBlobStore blobs = InMemoryBlobStore.create();
        BlobRef ref = blobs.put(new ByteArrayInputStream(Samples.pdf("1.4")));
        SipDossier dossier =
                oneDocument("R-1", new SipDocument("Décision", "decision.pdf", ContentSource.of(blobs, ref)));

        byte[] zip = Zips.sip(List.of(dossier));

        assertThat(Zips.entries(zip).get("Content/001_001_decision.pdf")).isEqualTo(Samples.pdf("1.4"));
        assertThat(Zips.manifest(zip))
                .contains("<FormatId>fmt/18</FormatId>")
                .contains("<FinalAction>Keep</FinalAction>");
    }

    @Test
    void largeContentIsStreamedNotHeld() throws IOException {
        long size = 64L << 20;
        SipDossier dossier = oneDocument("R-2", new SipDocument("Plan", "plan.bin", () -> new Generated(size)));
        Path sip = dir.resolve("big.zip");

        SipResult result =
                SipBuilder.create(Zips.CLOCK).withCompressionLevel(1).writeTo(Samples.HEADER, List.of(dossier), sip);

        assertThat(result.contentSize()).isEqualTo(size);
        assertThat(SipChecker.withoutSchema().check(sip).problems()).isEmpty();
    }

    @Test
    void neverOverwritesAPackage() throws IOException {
        Path sip = dir.resolve("sip.zip");
        Files.writeString(sip, "previous");

        assertThatThrownBy(() -> SipBuilder.create(Zips.CLOCK).writeTo(Samples.HEADER, List.of(Samples.dossier()), sip))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(sip)).isEqualTo("previous");
    }

    @Test
    void aFailingSourceLeavesNoFileBehind() {
        Path sip = dir.resolve("sip.zip");
        SipDossier dossier = oneDocument("R-3", new SipDocument("Pièce", "piece.pdf", () -> {
            throw new IOException("blob unreadable");
        }));

        assertThatThrownBy(() -> SipBuilder.create(Zips.CLOCK).writeTo(Samples.HEADER, List.of(dossier), sip))
                .isInstanceOf(IOException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void namesInThePackageAreSafe() {
        assertThat(SipBuilder.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SipBuilder.safeName("C:\\Users\\x\\scan été.pdf")).isEqualTo("scan__t_.pdf");
        assertThat(SipBuilder.safeName("..")).isEqualTo("file");
        assertThat(SipBuilder.safeName("dossier/")).isEqualTo("file");
    }

    @Test
    void refusesInvalidDescriptions() {
        LocalDate day = LocalDate.of(2026, 1, 2);
        AppraisalRule rule = new AppraisalRule("APP-5Y", day, FinalAction.KEEP);
        assertThatThrownBy(() -> SipDossier.of(
                        "R",
                        "T",
                        day,
                        day.minusDays(1),
                        rule,
                        List.of(new SipDocument("a", "a", ContentSource.ofBytes(new byte[0])))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipDossier.of("R", "T", day, day, rule, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SipDocument("a\u0001", "a", ContentSource.ofBytes(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Agency.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipBuilder.create(Zips.CLOCK).withCompressionLevel(10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SipDossier oneDocument(String reference, SipDocument document) {
        LocalDate day = LocalDate.of(2026, 1, 2);
        return SipDossier.of(
                reference,
                "Dossier",
                day.minusDays(1),
                day,
                new AppraisalRule("APP-5Y", day, FinalAction.KEEP),
                List.of(document));
    }

    private static String sha512(byte[] bytes) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream of pseudo-random bytes produced on the fly. */
    private static final class Generated extends InputStream {
        private long remaining;
        private long state = 42;

        Generated(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                b[off + i] = (byte) (state >>> 56);
            }
            remaining -= n;
            return n;
        }
    }
}
