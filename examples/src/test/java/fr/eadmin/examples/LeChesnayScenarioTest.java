package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.documents.EmbeddedData;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.identity.authz.Action;
import fr.eadmin.identity.authz.AuthorizationDecision;
import fr.eadmin.identity.authz.RefusalReason;
import fr.eadmin.identity.seal.SealFailure;
import fr.eadmin.identity.seal.SealVerification;
import fr.eadmin.identity.seal.SealVerifier;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.Indication;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeChesnayScenarioTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), Main.PARIS);

    private Path out;
    private LeChesnayGuichet.Outcome outcome;
    private JsonNode index;

    @BeforeAll
    void runTheScenarioAlone(@TempDir Path tmp) throws Exception {
        out = tmp.resolve("demo");
        ArtifactIndex artifacts = new ArtifactIndex(out);
        try (EmbeddedDefaults defaults = EmbeddedDefaults.open(out.resolve("data"))) {
            ScenarioContext context = ScenarioContext.of(
                    LeChesnayGuichet.NAME,
                    out,
                    defaults,
                    CLOCK,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    artifacts);
            outcome = new LeChesnayGuichet().play(context);
        }
        index = new ObjectMapper().readTree(artifacts.write().toFile());
    }

    @Test
    void theGuichetShowsEachTeleserviceWithItsPiecesDelayAndFee() throws Exception {
        String guichet = Files.readString(out.resolve("lechesnay/guichet.txt"));

        assertThat(guichet)
                .contains("Demande d'acte d'état civil\n  Service : Service état civil")
                .contains("    - Pièce d'identité\n")
                .contains("    - Livret de famille (si « lien » vaut « ascendant »)")
                .contains("  Délai de traitement : 5 jours ouvrés\n")
                .contains("Location du théâtre municipal\n  Service : Théâtre municipal, service culturel")
                .contains("  Tarif : 450,00\u00a0€")
                .contains("  Silence de l'administration : vaut rejet")
                .contains("Contacter la police municipale\n  Service : Poste de police municipale")
                .contains("  Pièces à fournir : aucune");
    }

    @Test
    void eachFirstSubmissionIsRefusedWithTheExpectedFieldErrors() throws Exception {
        assertThat(errors(LeChesnayGuichet.ETAT_CIVIL))
                .containsExactlyInAnyOrder(
                        tuple("nombreExemplaires", "too-large"),
                        tuple("nomDemandeur", "required"),
                        tuple("prenomDemandeur", "required"),
                        tuple("codePostal", "invalid-code-postal"));
        assertThat(errors(LeChesnayGuichet.THEATRE))
                .containsExactlyInAnyOrder(
                        tuple("reservation", "ineligible"),
                        tuple("dateDebut", "too-early"),
                        tuple("assurance", "required"));
        assertThat(errors(LeChesnayGuichet.POLICE))
                .containsExactlyInAnyOrder(tuple("message", "too-short"), tuple("email", "invalid-email"));
        assertThat(outcome.accepted().values()).allMatch(fr.eadmin.forms.validation.ValidationReport::isValid);
        // The corrected answers are what the demande keeps, as text, and what its pièce conditions read.
        assertThat(outcome.issued().get(LeChesnayGuichet.ETAT_CIVIL).demande().answers())
                .containsEntry("lien", "ascendant")
                .containsEntry("nombreExemplaires", "2")
                .containsEntry("codePostal", "78150");
        assertThat(outcome.issued().get(LeChesnayGuichet.THEATRE).demande().answers())
                .containsEntry("espace", "grande-salle")
                .containsEntry("regisseur", "true");
        String report = Files.readString(out.resolve("lechesnay/formulaires.txt"));
        assertThat(report)
                .contains("nombreExemplaires [too-large]")
                .contains("reservation [ineligible] Le studio de répétition accueille 80 spectateurs au plus")
                .contains("message [too-short]");
        assertThat(report.split("Envoi corrigé accepté", -1)).hasSize(4);
    }

    private List<org.assertj.core.groups.Tuple> errors(String teleservice) {
        List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
        for (ValidationError error : outcome.refused().get(teleservice).errors()) {
            errors.add(tuple(error.path(), error.code()));
        }
        return errors;
    }

    @Test
    void threeAccusesDeReceptionAreWrittenAndEachQrSealVerifiesAgainstTheTownsCertificate() throws Exception {
        SealVerifier verifier = SealVerifier.create(List.of(outcome.sealCertificate()));

        assertThat(outcome.issued()).hasSize(3);
        for (LeChesnayGuichet.IssuedAr ar : outcome.issued().values()) {
            assertThat(indexed(ar.pdf())).isEqualTo("pdf");
            byte[] pdf = Files.readAllBytes(ar.pdf());
            SealVerification verification = verifier.verify(ar.document().seal().payload());
            assertThat(verification).isInstanceOf(SealVerification.Valid.class);
            SealVerification.Valid valid = (SealVerification.Valid) verification;
            // The seal covers the facts embedded in the PDF on disk, and names the demande's reference.
            assertThat(valid.sealed().dataSha256())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(EmbeddedData.read(pdf)));
            assertThat(valid.sealed().documentId())
                    .isEqualTo("AR-" + ar.demande().reference());
        }
        assertThat(outcome.sealChecks())
                .extracting(c -> c.verification().isValid())
                .containsExactly(true, true, true, false, false);
        assertThat(outcome.sealChecks().subList(3, 5))
                .extracting(c -> ((SealVerification.Invalid) c.verification()).failure())
                .containsExactly(SealFailure.UNKNOWN_SIGNER, SealFailure.SIGNATURE_INVALID);
    }

    @Test
    void thePadesSealedAccuseDeReceptionValidatesAgainstThePublishedTrustAnchor() throws Exception {
        X509Certificate anchor;
        try (var in = Files.newInputStream(outcome.trustAnchor())) {
            anchor = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        byte[] signed = Files.readAllBytes(outcome.signedAr());

        ValidationReport report =
                SignatureValidator.create(List.of(anchor), CLOCK).validatePdf(signed);

        assertThat(indexed(outcome.signedAr())).isEqualTo("pdf-signed");
        assertThat(indexed(outcome.trustAnchor())).isEqualTo("trust-anchor");
        assertThat(report.passed()).isTrue();
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.signatures().get(0).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).levelReached()).contains(BaselineLevel.B_LT);
        assertThat(report.signatures().get(0).attestedTime()).isNotNull();
        assertThat(outcome.padesLevel()).isEqualTo(BaselineLevel.B_LT);
    }

    @Test
    void theExtranetDecisionsAreExactlyTheExpectedOnes() throws Exception {
        assertThat(outcome.extranet())
                .extracting(LeChesnayExtranet.Question::who, LeChesnayExtranet.Question::action, q -> q.decision()
                        .refusalReason()
                        .orElse(null))
                .containsExactly(
                        tuple("parent (espace en lecture seule)", Action.CONSULTER, null),
                        tuple("parent (espace en lecture seule)", Action.COMPLETER, RefusalReason.LECTURE_SEULE),
                        tuple("parent (espace en lecture seule)", Action.CONSULTER, null),
                        tuple("parent (espace en lecture seule)", Action.COMPLETER, RefusalReason.LECTURE_SEULE),
                        tuple("parent (espace en lecture seule)", Action.DEPOSER, RefusalReason.LECTURE_SEULE),
                        tuple("parent (espace en lecture seule)", Action.CONSULTER, RefusalReason.SANS_MANDAT),
                        tuple("mère", Action.DEPOSER, null),
                        tuple("président de l'association", Action.CONSULTER, null),
                        tuple("président de l'association", Action.COMPLETER, null),
                        tuple("président de l'association", Action.COMPLETER, null),
                        tuple("président de l'association", Action.CONSULTER, RefusalReason.SANS_MANDAT),
                        tuple("président de l'association", Action.COMPLETER, RefusalReason.SANS_MANDAT),
                        tuple("président de l'association", Action.INSTRUIRE, RefusalReason.RESERVE_AUX_AGENTS),
                        tuple("agent de la police municipale", Action.CONSULTER, null),
                        tuple("agent de la police municipale", Action.INSTRUIRE, null),
                        tuple("agent de la police municipale", Action.DECIDER, null),
                        tuple("agent de la police municipale", Action.INSTRUIRE, RefusalReason.AUTRE_ORGANISATION),
                        tuple("agent de la police municipale", Action.CONSULTER, RefusalReason.AUTRE_ORGANISATION),
                        tuple("agent de la police municipale", Action.CONSULTER, null),
                        tuple("agent de l'état civil", Action.INSTRUIRE, null),
                        tuple("agent de l'état civil", Action.INSTRUIRE, RefusalReason.AUTRE_ORGANISATION));
        assertThat(outcome.extranet())
                .extracting(q -> q.decision().permitted())
                .containsExactly(
                        true, false, true, false, false, false, true, true, true, true, false, false, false, true, true,
                        true, false, false, true, true, false);
        AuthorizationDecision readOnly = outcome.extranet().get(1).decision();
        assertThat(readOnly.explanation())
                .contains("n'a qu'un accès en lecture seule")
                .contains("COMPLETER");

        String report = Files.readString(out.resolve("lechesnay/extranet.txt"));
        assertThat(indexed(out.resolve("lechesnay/extranet.txt"))).isEqualTo("report");
        assertThat(report)
                .contains("[parent (espace en lecture seule)] COMPLETER le dossier de l'enfant -> refusé"
                        + " (mandat.lecture-seule)")
                .contains("[agent de la police municipale] INSTRUIRE la demande d'acte d'état civil")
                .contains("appartient à l'organisation mairie-lechesnay, pas à l'organisation"
                        + " police-municipale-lechesnay")
                .contains("[agent de l'état civil] INSTRUIRE le message à la police municipale")
                .contains("appartient à l'organisation police-municipale-lechesnay, pas à l'organisation"
                        + " mairie-lechesnay")
                .doesNotContain("Morel")
                .doesNotContain("Lemaire");
    }

    private String indexed(Path file) {
        String path = out.relativize(file).toString();
        for (JsonNode artifact : index.get("artifacts")) {
            if (artifact.get("path").asText().equals(path)) {
                return artifact.get("kind").asText();
            }
        }
        return "absent";
    }
}
