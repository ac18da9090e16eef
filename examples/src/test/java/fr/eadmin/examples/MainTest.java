package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);

    @TempDir
    Path tmp;

    @Test
    void writesAnIndexListingEveryArtifactWithRelativePaths() throws Exception {
        DemoRun run = DemoRun.shared();
        Path out = run.out;

        JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        JsonNode artifacts = index.get("artifacts");
        assertThat(artifacts.isArray()).isTrue();
        assertThat(artifacts.size()).isPositive();
        Set<String> kinds = Set.of(
                "pdf", "pdf-signed", "cades-signature", "timestamp-token", "sip", "journal", "trust-anchor", "report");
        Set<String> scenarios = new HashSet<>();
        for (JsonNode artifact : artifacts) {
            String path = artifact.get("path").asText();
            assertThat(path).doesNotStartWith("/").doesNotContain("\\").doesNotContain("..");
            assertThat(out.resolve(path)).isRegularFile();
            assertThat(kinds).contains(artifact.get("kind").asText());
            scenarios.add(artifact.get("scenario").asText());
        }
        assertThat(scenarios)
                .containsAll(Main.scenarios().stream().map(Scenario::name).toList());
        assertThat(run.console).contains("[1/").contains("written under");
    }

    @Test
    void theCompteFamilleSummaryShowsTheReloadedFamily() throws Exception {
        Path out = DemoRun.shared().out;

        String summary = Files.readString(out.resolve("maurepas/compte-famille.txt"));
        assertThat(summary)
                .contains("Famille Martin")
                .contains("Léa Martin, 11 ans")
                .contains("Hugo Martin, 8 ans")
                .contains("Claire Anne Martin")
                .contains("78310 MAUREPAS")
                .contains("Justificatif de domicile, valable jusqu'au 2 février 2027 (réutilisable)");
    }

    @Test
    void theMaurepasStoryEndsWithEveryDemandeDecidedAndAVerifiedJournal() throws Exception {
        Path out = DemoRun.shared().out;
        String console = DemoRun.shared().console;

        String report = Files.readString(out.resolve("maurepas/niveau-de-service.txt"));
        assertThat(report)
                .contains("Tous services: 6 reçue(s), 6 décidée(s)")
                .contains("67 % traitées en moins de 6 jours ouvrés")
                .contains("15 courriels envoyés");
        // Each accusé de réception is a PDF/A that qpdf accepts, with its data for the portal: the scolaire
        // one (its reference depends on the scenarios run before) says the carnet de vaccination is missing.
        List<Path> scolaire = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("maurepas"))) {
            for (Path json : files.filter(f -> f.getFileName().toString().matches("accuse-reception-.*\\.json"))
                    .toList()) {
                if (new ObjectMapper()
                        .readTree(json.toFile())
                        .get("missingPieces")
                        .toString()
                        .contains("CARNET_VACCINATION")) {
                    scolaire.add(json);
                }
            }
        }
        assertThat(scolaire).hasSize(1);
        checkPdf(Path.of(scolaire.get(0).toString().replace(".json", ".pdf")));
        assertThat(pdfs(out, "maurepas")).hasSize(7).contains("maurepas/quittance-BILLETTERIE-2026-000001.pdf");
        assertThat(console).contains("journal exported: ").contains("verified");
        assertThat(Files.readAllLines(out.resolve("maurepas/journal-maurepas.jsonl"))
                        .get(0))
                .contains("e-admin journal extract 1");
    }

    @Test
    void greasqueCreditsTheTwiceNotifiedBookingOnceWithAQuittanceThatQpdfAccepts() throws Exception {
        Path out = DemoRun.shared().out;

        assertThat(DemoRun.shared().console)
                .contains("payment RESA2026001187 PAID: notification received twice, credited once; "
                        + "quittance LOCATIONS 2026-000001");
        assertThat(pdfs(out, "greasque"))
                .containsExactly(
                        "greasque/quittance-LOCATIONS-2026-000001.pdf", "greasque/quittance-LOCATIONS-2026-000002.pdf");
        checkPdf(out.resolve("greasque/quittance-LOCATIONS-2026-000001.pdf"));
        checkPdf(out.resolve("greasque/quittance-LOCATIONS-2026-000002.pdf"));
    }

    @Test
    void maurepasSettlesTheInvoiceFromAFetchedBackPayfipStatus() throws Exception {
        Path out = DemoRun.shared().out;

        assertThat(DemoRun.shared().console)
                .contains("PayFiP idOp 5f3a9c42-6a1e-11f1-9d2b-0213ad91a217, PENDING")
                .contains("status fetched back, payment PAID, invoice F-2026-000317 PAID; "
                        + "quittance CONSERVATOIRE 2026-000001");
        assertThat(pdfs(out, "maurepas-payfip"))
                .containsExactly("maurepas-payfip/quittance-CONSERVATOIRE-2026-000001.pdf");
        checkPdf(out.resolve("maurepas-payfip/quittance-CONSERVATOIRE-2026-000001.pdf"));
    }

    private static List<String> pdfs(Path out, String scenario) throws IOException {
        List<String> paths = new ArrayList<>();
        for (JsonNode artifact :
                new ObjectMapper().readTree(out.resolve("index.json").toFile()).get("artifacts")) {
            if (artifact.get("scenario").asText().equals(scenario)
                    && artifact.get("kind").asText().equals("pdf")) {
                paths.add(artifact.get("path").asText());
            }
        }
        return paths;
    }

    @Test
    void runsTwiceIntoTheSameFolder() throws Exception {
        Path out = tmp.resolve("demo");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Main.run(out, CLOCK, quiet);
        int first = Main.run(out, CLOCK, quiet).size();
        assertThat(first).isPositive();
    }

    @Test
    void refusesToEmptyAFolderThatIsNotAPreviousRun() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(out.resolve("thesis.txt"), "do not delete");

        assertThatThrownBy(() -> Main.run(out, CLOCK, System.out))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not empty");
        assertThat(out.resolve("thesis.txt")).exists();
    }

    @Test
    void parsesTheOutputFolderOption() {
        assertThat(Main.parseOut(new String[0])).isEqualTo(Path.of("target", "demo"));
        assertThat(Main.parseOut(new String[] {"--out", "/tmp/x"})).isEqualTo(Path.of("/tmp/x"));
        assertThatThrownBy(() -> Main.parseOut(new String[] {"--out"})).hasMessageContaining("--out needs");
        assertThatThrownBy(() -> Main.parseOut(new String[] {"--verbose"})).hasMessageContaining("unknown argument");
    }

    /** A PDF of the run, checked by qpdf. */
    private static void checkPdf(Path pdf) throws Exception {
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        PdfChecks.qpdf(pdf);
    }
}
