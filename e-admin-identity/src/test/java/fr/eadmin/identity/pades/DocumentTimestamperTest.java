package fr.eadmin.identity.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.validation.BaselineLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document time-stamps (PAdES B-LTA), checked by pdfsig and by DSS. */
class DocumentTimestamperTest {
    private final TownPki pki = new TownPki();
    private final DocumentTimestamper stamper = DocumentTimestamper.create(pki.timestamper());

    @TempDir
    Path dir;

    @Test
    void appendsAnIncrementalUpdateWithADocTimeStamp() {
        byte[] sealed = Pdfs.sealed(pki, BaselineLevel.B_LT);

        byte[] archived = stamper.timestamp(sealed);

        assertThat(archived).startsWith(sealed);
        String added =
                new String(archived, sealed.length, archived.length - sealed.length, StandardCharsets.ISO_8859_1);
        assertThat(added).contains("/DocTimeStamp").contains("/ETSI.RFC3161");
    }

    /**
     * pdfsig (poppler) lists document time-stamps without verifying them ("Signature Type: unknown"): it
     * checks that the signature before stays valid, qpdf that the file is sound; DSS checks the time-stamp.
     */
    @Test
    void pdfsigStillAcceptsTheSignatureAndQpdfTheFile() throws Exception {
        Path file = dir.resolve("lta.pdf");
        Files.write(file, stamper.timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT)));

        ExternalTool.Result signatures = ExternalTool.run(dir, "pdfsig", "-nocert", file.toString());
        ExternalTool.Result check = ExternalTool.run(dir, "qpdf", "--check", file.toString());

        assertThat(signatures.output())
                .contains("Signature #1:")
                .contains("Signature #2:")
                .contains("Signature is Valid.")
                .doesNotContain("Digest Mismatch");
        assertThat(check.succeeded()).as(check.output()).isTrue();
    }

    @Test
    void dssRecognisesBaselineLtaAndPassesIt() {
        byte[] archived = stamper.timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT));

        List<IsolatedDss.Verdict> verdicts = IsolatedDss.validate(
                archived, pki.root.certificate(), pki.clock.instant().plusSeconds(60));

        assertThat(verdicts).hasSize(1);
        assertThat(verdicts.get(0).format()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(verdicts.get(0).indication()).as(verdicts.toString()).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertThatThrownBy(() -> stamper.timestamp("not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadablePdfException.class);
    }
}
