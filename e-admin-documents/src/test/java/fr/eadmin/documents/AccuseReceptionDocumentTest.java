package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.teleservice.SilenceRule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every mention CRPA R112-5 requires is printed, as text a person (and a text extractor) reads. */
class AccuseReceptionDocumentTest {
    private static final DocumentRenderer RENDERER = DocumentRenderer.create(Samples.town(), Samples.CLOCK);

    private static String text(AccuseReception ar) throws IOException {
        return flat(PdfChecks.text(RENDERER.accuseReception(ar).pdf()));
    }

    /** Lines joined with spaces: a mention may wrap anywhere. */
    private static String flat(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    private static void assertCommonMentions(String text) {
        assertThat(text)
                .as("date of receipt, designation, service and how to reach it")
                .contains("Accusé de réception")
                .contains("lundi 2 mars 2026 à 9\u00A0h\u00A030")
                .contains("Permis de stationnement sur la voie publique")
                .contains("2026-000123")
                .contains("Service population")
                .contains("2 PLACE D HAVERSHAM")
                .contains("78310 MAUREPAS")
                .contains("population@mairie-maurepas.example")
                .contains("01 30 66 44 00")
                .contains("délai de 2 mois");
    }

    @Test
    void underAcceptanceBySilenceGivesTheDateAndTheAttestation() throws IOException {
        AccuseReception ar = Samples.accuse(SilenceRule.ACCEPTATION);
        String text = text(ar);

        assertCommonMentions(text);
        assertThat(text)
                .contains("silence vaut acceptation")
                .contains("réputée acceptée le " + FrenchFormats.date(ar.implicitDecisionOn()))
                .contains("attestation de cette décision implicite d'acceptation")
                .contains("L232-3")
                .doesNotContain("recours")
                .doesNotContain("Pièces manquantes");
    }

    @Test
    void underRejectionBySilenceGivesTheDateAndTheRemedies() throws IOException {
        AccuseReception ar = Samples.accuse(SilenceRule.REJET);
        String text = text(ar);

        assertCommonMentions(text);
        assertThat(text)
                .contains("silence vaut rejet")
                .contains("réputée rejetée le " + FrenchFormats.date(ar.implicitDecisionOn()))
                .contains("Voies et délais de recours")
                .contains(flat(ar.remedies()))
                .contains("tribunal administratif")
                .doesNotContain("L232-3");
    }

    @Test
    void anIncompleteDemandeUnderAcceptanceListsThePiecesTheDeadlineAndThatTheDelayDoesNotRun() throws IOException {
        AccuseReception ar = Samples.accuse(SilenceRule.ACCEPTATION, PieceType.JUSTIFICATIF_DOMICILE);
        String text = text(ar);

        assertCommonMentions(text);
        assertThat(text)
                .contains("Pièces manquantes")
                .contains("Justificatif de domicile")
                .contains("au plus tard le 2 avril 2026")
                .contains("ne court qu'à compter de la réception")
                .contains("L114-5")
                .contains("L232-3")
                .doesNotContain("2026-04-02");
    }

    @Test
    void anIncompleteDemandeUnderRejectionSaysTheDelayIsSuspended() throws IOException {
        AccuseReception ar = Samples.accuse(SilenceRule.REJET, PieceType.JUSTIFICATIF_DOMICILE, PieceType.RIB);
        String text = text(ar);

        assertCommonMentions(text);
        assertThat(text)
                .contains("Justificatif de domicile")
                .contains("Relevé d'identité bancaire")
                .contains("au plus tard le 2 avril 2026")
                .contains("est suspendu jusqu'à la réception")
                .contains("L114-5")
                .contains("Voies et délais de recours");
    }

    @Test
    void withoutSilenceRuleGivesTheCommittedDateAndSaysNoDecisionIsBorn() throws IOException {
        AccuseReception ar = Samples.accuse(SilenceRule.NONE);
        String text = text(ar);

        assertThat(text)
                .contains("6 jours ouvrés")
                .contains("au plus tard le " + FrenchFormats.date(ar.decisionDueBy()))
                .contains("ne vaut ni acceptation ni rejet")
                .doesNotContain("réputée");
    }
}
