package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The independent checks of a PDF: {@code qpdf --check} and veraPDF's PDF/A-3b validation. */
final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /** qpdf finds no syntax or stream error and prints no warning. */
    static void qpdf(Path file) throws Exception {
        ExternalTools.Result qpdf = ExternalTools.run(file.getParent(), "qpdf", "--check", file.toString());
        assertThat(qpdf.exitCode()).as(qpdf.toString()).isZero();
        assertThat(qpdf.output().toLowerCase(Locale.ROOT))
                .as(qpdf.toString())
                .contains("no syntax or stream encoding errors")
                .doesNotContain("warning");
    }

    /** veraPDF finds the file PDF/A-3b compliant; the failed rules are in the assertion's message. */
    static void pdfA3b(Path file) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_3_B;
        try (InputStream in = Files.newInputStream(file);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant())
                    .as("veraPDF PDF/A-3b of %s, failed rules:%n%s", file.getFileName(), failures)
                    .isTrue();
        }
    }
}
