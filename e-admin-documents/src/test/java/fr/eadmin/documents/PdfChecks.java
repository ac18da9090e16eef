package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Independent checks of a PDF: qpdf, veraPDF (PDF/A-3b), and the text PDFBox extracts. */
final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /** Runs {@code qpdf --check}: exit code 0 and no warning. Fails without qpdf when CI is set, else skips. */
    static void qpdfCheck(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("eadmin-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process;
            try {
                process = new ProcessBuilder("qpdf", "--check", file.toString())
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                if (System.getenv("CI") != null) {
                    fail("qpdf is required in CI", e);
                }
                assumeTrue(false, "qpdf is not installed");
                return;
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            assertThat(exit).as("qpdf --check exit code; output:%n%s", output).isZero();
            assertThat(output.toLowerCase(java.util.Locale.ROOT))
                    .as("qpdf --check output")
                    .doesNotContain("warning")
                    .contains("no syntax or stream encoding errors");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Validates with veraPDF against a flavour; the failed rules are in the assertion message. */
    static void veraPdf(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant())
                    .as("veraPDF PDF/A-3b, failed rules:%n%s", failures)
                    .isTrue();
        }
    }

    /** The independent checks: qpdf, veraPDF PDF/A-3b, and veraPDF's machine checks of PDF/UA-1 (tagging). */
    static void valid(byte[] pdf) throws Exception {
        qpdfCheck(pdf);
        veraPdf(pdf, PDFAFlavour.PDFA_3_B);
        veraPdf(pdf, PDFAFlavour.PDFUA_1);
    }

    /** The text of every page, as PDFBox extracts it. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
