package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.identity.validation.Indication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples do what the README says they do. */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    @Test
    void theOneMinuteExampleReportsEveryMistakeAtItsPathThenAcceptsTheCorrection() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        var report = ValidateAForm.run(DemoRun.CLOCK, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(report.errors())
                .extracting(ValidationError::path)
                .contains("dateEvenement", "nombreExemplaires", "nomConjoint", "nir");
        assertThat(report.errorAt("nomConjoint").orElseThrow().code()).isEqualTo("required");
        assertThat(report.errors()).anySatisfy(e -> assertThat(e.message()).contains("extrait sans filiation"));
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("2 84 05 69"));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("corrected submission: valid");
    }

    @Test
    void theFiveMinuteExampleWritesASealedReceiptThatFailsOnceAByteChanges() throws Exception {
        var report = DepositToSealedReceipt.run(
                DemoRun.CLOCK, dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        byte[] sealed = Files.readAllBytes(dir.resolve("accuse-reception.pdf"));
        ExternalTools.Result pdfsig = ExternalTools.run(
                dir, "pdfsig", "-nocert", dir.resolve("accuse-reception.pdf").toString());
        assertThat(pdfsig.output()).as(pdfsig.toString()).contains("Signature is Valid.");

        int[] byteRange;
        try (var document = org.apache.pdfbox.Loader.loadPDF(sealed)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            byteRange = document.getSignatureDictionaries().get(0).getByteRange();
        }
        byte[] tampered = sealed.clone();
        tampered[byteRange[1] / 2] ^= 1; // inside the first signed range
        Files.write(dir.resolve("tampered.pdf"), tampered);
        ExternalTools.Result refused = ExternalTools.run(
                dir, "pdfsig", "-nocert", dir.resolve("tampered.pdf").toString());
        assertThat(refused.output()).as(refused.toString()).doesNotContain("Signature is Valid.");
    }
}
