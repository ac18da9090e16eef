package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.documents.EmbeddedData;
import fr.eadmin.identity.authz.Action;
import fr.eadmin.identity.authz.RefusalReason;
import fr.eadmin.identity.cades.CadesVerification;
import fr.eadmin.identity.cades.CadesVerifier;
import fr.eadmin.identity.timestamp.TimestampVerification;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.Indication;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.SubIndication;
import fr.eadmin.identity.validation.ValidationReport;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.PaymentStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlenconScenarioTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);

    @TempDir
    static Path tmp;

    private static Path out;
    private static AlenconScenario.Outcome outcome;
    private static String console;

    /** Runs the scenario once, alone, on fresh embedded defaults; the tests read what it established. */
    @BeforeAll
    static void runTheScenarioAlone() throws Exception {
        out = tmp.resolve("demo");
        ArtifactIndex index = new ArtifactIndex(out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (EmbeddedDefaults defaults = EmbeddedDefaults.open(out.resolve("data"))) {
            AlenconScenario scenario = new AlenconScenario();
            ScenarioContext context = ScenarioContext.of(
                    scenario.name(),
                    out,
                    defaults,
                    CLOCK,
                    new PrintStream(printed, true, StandardCharsets.UTF_8),
                    index);
            outcome = scenario.play(context);
        }
        index.write();
        console = printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCcasInstructsItsOwnDemandesAndOnlyThoseWhileTownAgentsAreKeptOut() throws Exception {
        Map<String, String> decisions = new java.util.LinkedHashMap<>();
        for (AlenconScenario.Habilitation h : outcome.habilitations()) {
            decisions.put(
                    h.who() + " " + h.action() + " " + h.teleservice(),
                    h.decision().permitted()
                            ? "permis"
                            : h.decision().refusalReason().orElseThrow().name());
        }
        assertThat(decisions)
                .containsEntry("usager DEPOSER aide-facultative-ccas", "permis")
                .containsEntry("agent du CCAS INSTRUIRE aide-facultative-ccas", "permis")
                .containsEntry("agent du CCAS DECIDER aide-facultative-ccas", "permis")
                .containsEntry(
                        "agent de l'état civil CONSULTER aide-facultative-ccas",
                        RefusalReason.AUTRE_ORGANISATION.name())
                .containsEntry(
                        "agent de l'état civil INSTRUIRE aide-facultative-ccas",
                        RefusalReason.AUTRE_ORGANISATION.name())
                .containsEntry("agent du CCAS CONSULTER extrait-acte-mariage", RefusalReason.AUTRE_ORGANISATION.name())
                .containsEntry("agent du CCAS INSTRUIRE extrait-acte-mariage", RefusalReason.AUTRE_ORGANISATION.name())
                .containsEntry(
                        "agent du CCAS CONSULTER inscription-ecole-musique", RefusalReason.AUTRE_ORGANISATION.name())
                .containsEntry(
                        "agent du CCAS CONSULTER dossier", RefusalReason.DOSSIER_RESERVE_A_LA_COLLECTIVITE.name())
                .containsEntry("agent de l'état civil INSTRUIRE extrait-acte-mariage", "permis")
                .containsEntry("agent du conservatoire DECIDER inscription-ecole-musique", "permis");

        // Each refusal is explained, with ids only, and the report keeps the explanations.
        AlenconScenario.Habilitation refused = outcome.habilitations().stream()
                .filter(h -> h.who().equals("agent de l'état civil")
                        && h.action() == Action.INSTRUIRE
                        && h.teleservice().equals(AlenconScenario.AIDE_CCAS))
                .findFirst()
                .orElseThrow();
        assertThat(refused.decision().explanation())
                .contains("appartient à l'organisation ccas-alencon")
                .contains("pas à l'organisation mairie-alencon")
                .contains(refused.account().toString());
        JsonNode report = new ObjectMapper()
                .readTree(out.resolve("alencon/habilitations.json").toFile());
        assertThat(report.get("decisions")).hasSize(outcome.habilitations().size());
        assertThat(report.toString())
                .doesNotContain("Guérin")
                .doesNotContain("Moreau")
                .doesNotContain("Lebrun");

        // The accusé de réception names the CCAS as the service in charge.
        assertThat(outcome.ccasAccuseReception().organisation())
                .isEqualTo("Centre communal d'action sociale d'Alençon");
        assertThat(outcome.ccasAccuseReception().service().designation())
                .isEqualTo("CCAS, pôle des aides facultatives");
        assertThat(outcome.ccasAccuseReception().remedies()).isNotBlank();
        JsonNode arPdf = EmbeddedData.readTree(Files.readAllBytes(out.resolve(
                "alencon/accuse-reception-" + outcome.ccasAccuseReception().reference() + ".pdf")));
        assertThat(arPdf.toString())
                .contains("Centre communal d'action sociale d'Alençon")
                .contains("CCAS, pôle des aides facultatives");
    }

    @Test
    void theSealedExtraitValidatesWithOnlyTheTownRootAndTheAlteredCopyFails() throws Exception {
        X509Certificate root = root();
        byte[] pdf = Files.readAllBytes(outcome.acte().pdf());
        Clock later = Clock.offset(CLOCK, Duration.ofDays(5));

        ValidationReport valid = SignatureValidator.create(List.of(root), later).validatePdf(pdf);
        assertThat(valid.indication()).isEqualTo(Indication.TOTAL_PASSED);
        SignatureReport seal = valid.signatures().get(0);
        assertThat(seal.level()).isEqualTo(BaselineLevel.B_LT);
        assertThat(seal.attestedTime()).isNotNull();
        assertThat(seal.signer()).contains("CN=Cachet Ville d'Alençon");

        // The water company's own conclusions, and the copy where one byte of the number changed.
        AlenconCompagnieDesEaux.Verification water = outcome.waterCompany();
        assertThat(water.original().indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(water.tampered().indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(water.tampered().signatures().get(0).subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(water.beneficiary()).isEqualTo("Camille Marie LEBRUN");
        byte[] copy = pdf.clone();
        assertThat((char) copy[water.alteredAt()]).isEqualTo('7');
        copy[water.alteredAt()] = '8';
        assertThat(SignatureValidator.create(List.of(root), later)
                        .validatePdf(copy)
                        .indication())
                .isEqualTo(Indication.TOTAL_FAILED);

        // The facts file under its detached seal passes with the root and the published CRLs; with one byte
        // of the spouse's name changed it fails on its digest.
        assertThat(water.facts().indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(water.tamperedFacts().indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(water.tamperedFacts().signatures().get(0).subIndication()).isEqualTo(SubIndication.HASH_FAILURE);

        String report = Files.readString(out.resolve("alencon/verification-compagnie-des-eaux.txt"));
        assertThat(report)
                .contains("TOTAL_PASSED — document accepté")
                .contains("TOTAL_FAILED / HASH_FAILURE")
                .contains("« EXTRAIT-2026-0187 » devient « EXTRAIT-2026-0188 »")
                .contains("document refusé")
                .contains("« MOREAU » devient « NOREAU »")
                .contains("données refusées");
    }

    @Test
    void theCadesSealAndTheTokenOfTheFactsFileVerify() throws Exception {
        X509Certificate root = root();
        byte[] data = Files.readAllBytes(outcome.acte().data());
        byte[] signature = Files.readAllBytes(outcome.acte().cades());
        byte[] token = Files.readAllBytes(outcome.acte().token());
        assertThat(new String(data, StandardCharsets.UTF_8)).contains("MOREAU").contains("2026/0187");

        CadesVerification cades = CadesVerifier.create(List.of(root), CLOCK)
                .withTimestampVerifier(TimestampVerifier.create(List.of(root), List.of()))
                .verify(signature, new ByteArrayInputStream(data));
        assertThat(cades.isValid()).as(cades.toString()).isTrue();
        assertThat(((CadesVerification.Valid) cades).timestamped()).isPresent();

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
        TimestampVerification verified =
                TimestampVerifier.create(List.of(root), List.of()).verify(token, digest);
        assertThat(verified.isValid()).as(verified.toString()).isTrue();

        // Neither verifies once the facts change.
        byte[] altered = new String(data, StandardCharsets.UTF_8)
                .replace("MOREAU", "NOREAU")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CadesVerifier.create(List.of(root), CLOCK)
                        .verify(signature, new ByteArrayInputStream(altered))
                        .isValid())
                .isFalse();
        assertThat(TimestampVerifier.create(List.of(root), List.of())
                        .verify(token, MessageDigest.getInstance("SHA-256").digest(altered))
                        .isValid())
                .isFalse();
    }

    @Test
    void theCelloRentalIsCreditedOnceWithItsQuittance() throws Exception {
        AlenconEcoleMusique.Enrolment enrolment = outcome.ecoleMusique();
        assertThat(enrolment.demande().state().name()).isEqualTo("ACCEPTEE");
        assertThat(enrolment.callback()).isInstanceOf(NotificationResult.Applied.class);
        assertThat(enrolment.browserReturn()).isInstanceOf(NotificationResult.Unchanged.class);
        assertThat(enrolment.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(enrolment.receipt().amountCents()).isEqualTo(AlenconEcoleMusique.LOCATION_VIOLONCELLE_CENTS);
        assertThat(enrolment.receipt().regie()).isEqualTo("CRD-ALENCON");
        assertThat(enrolment.receipt().number().toString()).endsWith("000001");
        JsonNode quittance = EmbeddedData.readTree(Files.readAllBytes(enrolment.quittance()));
        assertThat(quittance.get("totalCents").asLong()).isEqualTo(12_000);
        assertThat(quittance.toString()).contains("Régie de recettes du conservatoire d'Alençon");
        assertThat(console).contains("notified twice, credited once; quittance CRD-ALENCON");
    }

    @Test
    void theIndexListsEachArtifactWithItsKind() throws Exception {
        List<String> entries = new ArrayList<>();
        for (JsonNode artifact :
                new ObjectMapper().readTree(out.resolve("index.json").toFile()).get("artifacts")) {
            assertThat(artifact.get("scenario").asText()).isEqualTo("alencon");
            entries.add(
                    artifact.get("kind").asText() + " " + artifact.get("path").asText());
            if (artifact.has("content")) {
                assertThat(artifact.get("content").asText()).isEqualTo("alencon/extrait-acte-mariage-2026-0187.json");
            }
            if (artifact.has("data")) {
                assertThat(artifact.get("data").asText()).isEqualTo("alencon/extrait-acte-mariage-2026-0187.json");
            }
        }
        assertThat(entries)
                .contains(
                        "trust-anchor alencon/alencon-ac-racine.pem",
                        "pdf-signed alencon/extrait-acte-mariage-2026-0187.pdf",
                        "cades-signature alencon/extrait-acte-mariage-2026-0187.json.p7s",
                        "timestamp-token alencon/extrait-acte-mariage-2026-0187.json.tst",
                        "report alencon/verification-compagnie-des-eaux.txt",
                        "report alencon/habilitations.json");
        assertThat(entries).anyMatch(e -> e.startsWith("pdf alencon/quittance-CRD-ALENCON-"));
        assertThat(entries).anyMatch(e -> e.startsWith("pdf alencon/accuse-reception-"));
    }

    private static X509Certificate root() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("alencon/alencon-ac-racine.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
