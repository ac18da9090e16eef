package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipCheckerTest {
    private static final String PDF = "Content/001_001_formulaire.pdf";

    @TempDir
    Path dir;

    private static SipReport check(byte[] zip) throws IOException {
        return SipChecker.withoutSchema().check(new ByteArrayInputStream(zip));
    }

    private static Map<String, byte[]> entries() {
        return new LinkedHashMap<>(Zips.entries(Zips.sip()));
    }

    @Test
    void anIntactPackageHasNoProblem() throws IOException {
        SipReport report = check(Zips.sip());
        assertThat(report.isValid()).isTrue();
        assertThat(report.schemaChecked()).isFalse();
    }

    @Test
    void reportsAMissingFile() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.remove(PDF);
        assertThat(check(Zips.zip(entries)).codes()).containsExactly(SipProblemCode.MISSING_FILE);
    }

    @Test
    void reportsAWrongDigestAndSize() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put(PDF, Samples.pdf("1.4"));
        assertThat(check(Zips.zip(entries)).codes())
                .containsExactlyInAnyOrder(SipProblemCode.DIGEST_MISMATCH, SipProblemCode.SIZE_MISMATCH);
    }

    @Test
    void reportsAChangedByteAsADigestMismatchOnly() throws IOException {
        Map<String, byte[]> entries = entries();
        byte[] pdf = entries.get(PDF).clone();
        pdf[20] ^= 1;
        entries.put(PDF, pdf);
        SipReport report = check(Zips.zip(entries));
        assertThat(report.codes()).containsExactly(SipProblemCode.DIGEST_MISMATCH);
        assertThat(report.problems().get(0).location()).isEqualTo("BDO-1");
    }

    @Test
    void reportsAnExtraFile() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("Content/extra.txt", Samples.utf8("extra"));
        SipReport report = check(Zips.zip(entries));
        assertThat(report.codes()).containsExactly(SipProblemCode.ORPHAN_FILE);
        assertThat(report.problems().get(0).location()).isEqualTo("Content/extra.txt");
    }

    @Test
    void reportsBadXml() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = new String(entries.get(SipBuilder.MANIFEST), StandardCharsets.UTF_8);
        entries.put(
                SipBuilder.MANIFEST,
                manifest.substring(0, manifest.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertThat(check(Zips.zip(entries)).codes()).containsExactly(SipProblemCode.MANIFEST_NOT_WELL_FORMED);
    }

    @Test
    void refusesADtdInTheManifest() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = new String(entries.get(SipBuilder.MANIFEST), StandardCharsets.UTF_8)
                .replace(
                        "<ArchiveTransfer", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ArchiveTransfer");
        entries.put(SipBuilder.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        assertThat(check(Zips.zip(entries)).codes()).containsExactly(SipProblemCode.MANIFEST_NOT_WELL_FORMED);
    }

    @Test
    void reportsAManifestThatIsNotSeda() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put(SipBuilder.MANIFEST, Samples.utf8("<?xml version=\"1.0\"?><ArchiveTransfer/>"));
        assertThat(check(Zips.zip(entries)).codes()).containsExactly(SipProblemCode.MANIFEST_NOT_SEDA);
    }

    @Test
    void reportsAMissingManifest() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.remove(SipBuilder.MANIFEST);
        assertThat(check(Zips.zip(entries)).codes()).containsExactly(SipProblemCode.MANIFEST_MISSING);
    }

    @Test
    void reportsZipSlipAndAbsolutePaths() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("../../evil.sh", Samples.utf8("x"));
        entries.put("/etc/cron.d/evil", Samples.utf8("x"));
        entries.put("Content\\..\\win.txt", Samples.utf8("x"));
        SipReport report = check(Zips.zip(entries));
        assertThat(report.codes()).containsExactly(SipProblemCode.UNSAFE_PATH);
        assertThat(report.problems()).hasSize(3);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void reportsDuplicateEntries() throws IOException {
        byte[] zip = Zips.withDuplicate(entries(), PDF);
        SipReport report = check(zip);
        assertThat(report.codes()).contains(SipProblemCode.DUPLICATE_ENTRY);
        assertThat(report.problems())
                .filteredOn(p -> p.code() == SipProblemCode.DUPLICATE_ENTRY)
                .singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(PDF));
    }

    @Test
    void stopsOnAZipBomb() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("Content/zeros.bin", new byte[8 << 20]);
        SipReport report = check(Zips.zip(entries));
        assertThat(report.codes()).containsExactly(SipProblemCode.COMPRESSION_RATIO_EXCEEDED);
    }

    @Test
    void stopsOnAnEntryOverTheSizeLimit() throws IOException {
        SipReport report = SipChecker.withoutSchema()
                .withLimits(new SipLimits(100, 1000, 1 << 20, 200, 1 << 20))
                .check(new ByteArrayInputStream(Zips.sip()));
        assertThat(report.codes()).containsExactly(SipProblemCode.ENTRY_TOO_LARGE);
    }

    @Test
    void stopsAfterTooManyEntries() throws IOException {
        SipReport report = SipChecker.withoutSchema()
                .withLimits(new SipLimits(3, 1 << 20, 1 << 20, 200, 1 << 20))
                .check(new ByteArrayInputStream(Zips.sip()));
        assertThat(report.codes()).containsExactly(SipProblemCode.TOO_MANY_ENTRIES);
    }

    @Test
    void reportsSomethingThatIsNotAZip() throws IOException {
        assertThat(check(Samples.utf8("plain text, not a zip")).codes()).containsExactly(SipProblemCode.NOT_A_ZIP);
    }

    @Test
    void reportsADanglingReferenceAndAnUnsupportedAlgorithm() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = new String(entries.get(SipBuilder.MANIFEST), StandardCharsets.UTF_8)
                .replace("<DataObjectReferenceId>BDO-2<", "<DataObjectReferenceId>BDO-99<")
                .replaceFirst("algorithm=\"SHA-512\"", "algorithm=\"SHA-256\"");
        entries.put(SipBuilder.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        assertThat(check(Zips.zip(entries)).codes())
                .containsExactlyInAnyOrder(
                        SipProblemCode.DANGLING_REFERENCE, SipProblemCode.UNSUPPORTED_DIGEST_ALGORITHM);
    }

    @Test
    void reportsSchemaViolationsWithTheirLine() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = new String(entries.get(SipBuilder.MANIFEST), StandardCharsets.UTF_8)
                .replace("<FinalAction>Destroy</FinalAction>", "<FinalAction>Burn</FinalAction>");
        entries.put(SipBuilder.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        SipReport report = SipChecker.withSchema(SedaSchema.load(SedaTools.sedaFolder()))
                .check(new ByteArrayInputStream(Zips.zip(entries)));
        assertThat(report.codes()).containsExactly(SipProblemCode.MANIFEST_SCHEMA_INVALID);
        int line = manifest.substring(0, manifest.indexOf("Burn")).split("\n", -1).length;
        assertThat(report.problems().get(0).location()).isEqualTo("manifest.xml:" + line);
    }

    @Test
    void aSchemaFolderWithoutTheSchemaIsRefused() {
        assertThatThrownBy(() -> SedaSchema.load(dir)).isInstanceOf(SchemaUnavailableException.class);
    }

    @Test
    void theSchemaLoadsFromTheVersionFolderToo() throws IOException {
        SipReport report = SipChecker.withSchema(
                        SedaSchema.load(SedaTools.sedaFolder().resolve("2.2")))
                .check(new ByteArrayInputStream(Zips.sip()));
        assertThat(report.problems()).isEmpty();
        assertThat(Files.exists(dir.resolve("Content"))).isFalse();
    }

    @Test
    void extractsAValidPackageInsideTheTargetFolderOnly() throws IOException {
        Path sip = dir.resolve("sip.zip");
        Files.write(sip, Zips.sip());
        Path target = dir.resolve("out");

        SipReport report = SipChecker.withoutSchema().extract(sip, target);

        assertThat(report.isValid()).isTrue();
        assertThat(target.resolve("manifest.xml")).exists();
        assertThat(Files.readAllBytes(target.resolve(PDF))).isEqualTo(Samples.pdfA3b());
    }

    @Test
    void extractsNothingFromAPackageWithAClimbingPath() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("../escaped.txt", Samples.utf8("x"));
        Path sip = dir.resolve("sip.zip");
        Files.write(sip, Zips.zip(entries));
        Path target = dir.resolve("a/b/out");

        SipReport report = SipChecker.withoutSchema().extract(sip, target);

        assertThat(report.codes()).containsExactly(SipProblemCode.UNSAFE_PATH);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("a/b/escaped.txt")).doesNotExist();
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void unsafePathsAreRecognised() {
        assertThat(SipChecker.unsafe("Content/a.pdf")).isNull();
        assertThat(SipChecker.unsafe("Content/../a.pdf")).isNotNull();
        assertThat(SipChecker.unsafe("C:/a.pdf")).isNotNull();
        assertThat(SipChecker.unsafe("Content/./a.pdf")).isNotNull();
        assertThat(SipChecker.unsafe("")).isNotNull();
        assertThat(SipChecker.unsafe("a\u0000b")).isNotNull();
    }
}
