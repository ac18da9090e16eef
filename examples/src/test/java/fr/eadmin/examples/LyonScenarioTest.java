package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.archive.journal.ExtractProblem;
import fr.eadmin.archive.seda.SipChecker;
import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Lyon scenario alone, on a Monday morning, and checks what it claims. */
class LyonScenarioTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path out;
    private static Lyon.Outcome outcome;
    private static @Nullable Path seda;

    @BeforeAll
    static void runTheScenario() throws Exception {
        out = tmp.resolve("demo");
        seda = ExternalTools.findSedaFolder();
        ArtifactIndex index = new ArtifactIndex(out);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (EmbeddedDefaults defaults = EmbeddedDefaults.open(out.resolve("data"))) {
            ScenarioContext context = ScenarioContext.of(
                    Lyon.NAME, out, defaults, MONDAY, new PrintStream(console, true, StandardCharsets.UTF_8), index);
            outcome = new Lyon(seda).play(context);
        }
        index.write();
    }

    @Test
    void theFoyersDossierHoldsTheDemandesOfTheFourChannels() throws IOException {
        List<Demande> dossier = outcome.dossier();

        assertThat(dossier)
                .extracting(Demande::channel)
                .containsExactly(Channel.COURRIER, Channel.GUICHET, Channel.TELEPHONE, Channel.INTERNET);
        assertThat(dossier).extracting(Demande::state).containsOnly(DemandeState.ACCEPTEE);
        // Agents keyed in what came by post, at the guichet and by phone; the usager filed online.
        assertThat(dossier)
                .extracting(d -> d.filedBy().kind())
                .containsExactly(Actor.Kind.AGENT, Actor.Kind.AGENT, Actor.Kind.AGENT, Actor.Kind.USAGER);
        String report = Files.readString(out.resolve("lyon/dossier-usager.txt"));
        assertThat(report)
                .isEqualTo(outcome.dossierReport())
                .contains("Demandes (4)")
                .contains("canal: courrier, saisie par agent:ville-lyon/agent-0231")
                .contains("canal: guichet, saisie par agent:ville-lyon/agent-0117")
                .contains("canal: téléphone, saisie par agent:ville-lyon/agent-0308")
                .contains("canal: internet, saisie par l'usager")
                .contains("Justificatif de domicile, fournie le 23 novembre 2026, utilisée par "
                        + dossier.get(0).reference() + ", " + dossier.get(1).reference());
        for (Demande demande : dossier) {
            assertThat(report).contains(demande.reference().toString());
        }
    }

    @Test
    void theReclamationsDueDateSkipsChristmasAndNewYearsDay() throws Exception {
        var ar = outcome.firstReclamation();

        assertThat(ar.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(ar.delay()).hasToString("15 jours ouvrés");
        // 15 working days after Thursday 10 December 2026: 31 December without holidays; 25 December and
        // 1 January are jours fériés, so Monday 4 January 2027.
        assertThat(ar.decisionDueBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        // The phone réclamation of 3 December: due Thursday 24 December.
        assertThat(outcome.secondReclamation().decisionDueBy()).isEqualTo(LocalDate.of(2026, 12, 24));
        Path pdf = out.resolve("lyon/accuse-reception-" + ar.reference() + ".pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(kinds()).containsEntry("lyon/accuse-reception-" + ar.reference() + ".pdf", "pdf");
        // The accusé de réception states the delay and its end, as the usager reads it.
        String text = tool("pdftotext", pdf.toString(), "-");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("dans un délai de 15 jours ouvrés, soit au plus tard le 4 janvier 2027");
    }

    @Test
    void everyPdfPassesQpdf() throws Exception {
        for (Map.Entry<String, String> artifact : kinds().entrySet()) {
            if (artifact.getValue().equals("pdf")) {
                assertThat(tool(
                                "qpdf",
                                "--check",
                                out.resolve(artifact.getKey()).toString()))
                        .as(artifact.getKey())
                        .contains("No syntax or stream encoding errors");
            }
        }
    }

    @Test
    void theLateReclamationShowsInTheServiceLevelReport() throws IOException {
        String late = outcome.secondReclamation().reference().toString();

        assertThat(outcome.flaggedLate()).hasSize(1);
        assertThat(outcome.atSweep().late()).singleElement().satisfies(l -> assertThat(l.reference())
                .hasToString(late));
        assertThat(outcome.atEnd().received()).isEqualTo(2);
        assertThat(outcome.atEnd().decided()).isEqualTo(2);
        assertThat(outcome.atEnd().decidedWithinDelay()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("lyon/niveau-de-service-reclamations.txt")))
                .contains("en retard: " + late)
                .contains("2 reçues, 2 traitées, 1 dans le délai annoncé (50 %), 1 hors délai")
                .contains(late + " (téléphone): reçue le 3 décembre 2026, échéance le 24 décembre 2026, répondue le 6"
                        + " janvier 2027 en 22 jours ouvrés, HORS DÉLAI")
                .contains(outcome.firstReclamation().reference() + " (internet): reçue le 10 décembre 2026, échéance le"
                        + " 4 janvier 2027, répondue le 17 décembre 2026 en 5 jours ouvrés, dans le délai");
    }

    @Test
    void bothInvoicesAreSettledByOnePaymentCreditedOnce() throws IOException {
        LyonFactures.Settlement settlement = outcome.settlement();

        assertThat(settlement.invoices()).hasSize(2);
        assertThat(settlement.invoices()).extracting(Invoice::status).containsOnly(InvoiceStatus.PAID);
        assertThat(settlement.invoices())
                .extracting(Invoice::paidBy)
                .containsOnly(settlement.payment().id());
        assertThat(settlement.invoices()).extracting(Invoice::totalCents).containsExactly(1_725L, 840L);
        assertThat(settlement.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(settlement.payment().amountCents()).isEqualTo(2_565L);
        assertThat(settlement.firstNotification()).isInstanceOf(NotificationResult.Applied.class);
        assertThat(settlement.secondNotification()).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(settlement.receipt().amountCents()).isEqualTo(2_565L);
        assertThat(settlement.receipt().lines()).hasSize(2);
        // Credited once: the journal records the payment paid once, and each invoice settled once.
        List<JsonNode> entries = journalEntries();
        String payment = settlement.payment().id().toString();
        assertThat(entries.stream()
                        .filter(e -> e.path("subjectId").asText().equals(payment))
                        .filter(e -> e.path("details").toString().contains("PAID")))
                .hasSize(1);
        assertThat(kinds())
                .containsEntry("lyon/facture-ENF-2026-004811.pdf", "pdf")
                .containsEntry("lyon/facture-ENF-2026-004812.pdf", "pdf")
                .containsEntry("lyon/quittance-ENFANCE-" + settlement.receipt().number() + ".pdf", "pdf");
    }

    @Test
    void theJournalFileVerifiesAndTheAlteredCopyIsReportedAtTheBackdatedEntry() throws Exception {
        LyonJournal.Check check = outcome.journal();

        assertThat(check.verification().isValid()).isTrue();
        assertThat(check.verification().sealsChecked()).isEqualTo(2);
        assertThat(check.tokenVerifies()).isTrue();
        // The altered line is the late answer to the phone réclamation.
        JsonNode altered = JSON.readTree(Files.readAllLines(check.file()).get((int) check.alteredLine() - 1));
        assertThat(altered.path("action").asText()).isEqualTo("demande.accept");
        assertThat(altered.path("details").path("reference").asText())
                .isEqualTo(outcome.secondReclamation().reference().toString());
        assertThat(altered.path("position").asLong()).isEqualTo(check.alteredPosition());
        assertThat(check.altered().isValid()).isFalse();
        assertThat(check.altered().problems())
                .containsExactly(new ExtractProblem(
                        check.alteredLine(), check.alteredPosition(), ExtractProblem.Code.ENTRY_MODIFIED));
        assertThat(Files.readString(out.resolve("lyon/journal-verification.txt")))
                .contains("chaîne intacte")
                .contains(
                        "ligne " + check.alteredLine() + ", position " + check.alteredPosition() + ": ENTRY_MODIFIED");
        // Independently: openssl checks the file's token and each seal against the published root. The story
        // runs weeks ahead of the machine's clock, so certificates are checked at the end of the story.
        String root = out.resolve("lyon/lyon-ac-racine.pem").toString();
        String atEnd = Long.toString(Instant.parse("2027-01-15T00:00:00Z").getEpochSecond());
        assertThat(tool(
                        "openssl",
                        "ts",
                        "-verify",
                        "-token_in",
                        "-in",
                        check.token().toString(),
                        "-data",
                        check.file().toString(),
                        "-CAfile",
                        root,
                        "-attime",
                        atEnd))
                .contains("Verification: OK");
        for (JsonNode line : lines(check.file())) {
            if (line.has("seal")) {
                Path token =
                        tmp.resolve("seal-" + line.path("seal").path("position").asLong() + ".der");
                Files.write(
                        token,
                        Base64.getDecoder()
                                .decode(line.path("seal").path("token").asText()));
                assertThat(tool(
                                "openssl",
                                "ts",
                                "-verify",
                                "-token_in",
                                "-in",
                                token.toString(),
                                "-digest",
                                line.path("seal").path("hash").asText(),
                                "-CAfile",
                                root,
                                "-attime",
                                atEnd))
                        .contains("Verification: OK");
            }
        }
        assertThat(kinds())
                .containsEntry("lyon/journal-lyon.jsonl", "journal")
                .containsEntry("lyon/journal-lyon.jsonl.tst", "timestamp-token")
                .containsEntry("lyon/lyon-ac-racine.pem", "trust-anchor");
    }

    @Test
    void theClosedReclamationsPackagePassesTheSipChecker() throws Exception {
        LyonArchivage.Transfer transfer = outcome.transfer();

        assertThat(transfer.report().isValid()).isTrue();
        assertThat(transfer.report().dataObjects()).isEqualTo(3);
        assertThat(SipChecker.withoutSchema().check(transfer.sip()).problems()).isEmpty();
        assertThat(transfer.sip()).hasFileName(transfer.messageIdentifier() + ".zip");
        assertThat(kinds()).containsValue("sip");
        Map<String, byte[]> zip = unzip(transfer.sip());
        assertThat(zip.keySet())
                .anyMatch(name -> name.endsWith(
                        "accuse-reception-" + outcome.firstReclamation().reference() + ".pdf"))
                .anyMatch(name ->
                        name.endsWith("reponse-" + outcome.firstReclamation().reference() + ".txt"))
                .anyMatch(name -> name.endsWith(".jsonl"));
        if (seda == null) {
            assertThat(System.getenv("CI"))
                    .as("the SEDA schemas must be in ../shared/seda in CI")
                    .isNull();
        } else {
            assertThat(transfer.report().schemaChecked()).isTrue();
            Path manifest = tmp.resolve("manifest.xml");
            Files.write(manifest, zip.get("manifest.xml"));
            ExternalTools.Result xmllint = ExternalTools.run(
                    tmp,
                    Map.of("XML_CATALOG_FILES", seda.resolve("catalog.xml").toString()),
                    "xmllint",
                    "--nonet",
                    "--noout",
                    "--schema",
                    seda.resolve("2.2/seda-2.2-main.xsd").toString(),
                    manifest.toString());
            assertThat(xmllint.exitCode()).as(xmllint.toString()).isZero();
            assertThat(xmllint.output()).contains("validates");
        }
    }

    private static Map<String, String> kinds() throws IOException {
        Map<String, String> kinds = new java.util.HashMap<>();
        for (JsonNode artifact :
                JSON.readTree(out.resolve("index.json").toFile()).get("artifacts")) {
            assertThat(artifact.get("scenario").asText()).isEqualTo(Lyon.NAME);
            kinds.put(artifact.get("path").asText(), artifact.get("kind").asText());
        }
        return kinds;
    }

    private static List<JsonNode> journalEntries() throws IOException {
        return lines(out.resolve("lyon/journal-lyon.jsonl")).stream()
                .filter(node -> node.has("position"))
                .toList();
    }

    private static List<JsonNode> lines(Path jsonLines) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(jsonLines)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /**
     * Runs an independent tool and returns what it printed, after checking it succeeded. A tool missing
     * skips the test on a developer's machine and fails it in CI.
     */
    private static String tool(String... command) throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(tmp, command);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.output();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                entries.put(entry.getName(), entriesIn.readAllBytes());
            }
        }
        return entries;
    }
}
