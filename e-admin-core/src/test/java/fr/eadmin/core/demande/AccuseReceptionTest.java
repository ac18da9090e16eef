package fr.eadmin.core.demande;

import static fr.eadmin.core.demande.Fixtures.MONDAY;
import static fr.eadmin.core.demande.Fixtures.USAGER;
import static fr.eadmin.core.demande.Fixtures.at;
import static fr.eadmin.core.demande.Fixtures.deposited;
import static fr.eadmin.core.demande.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccuseReceptionTest {

    @Test
    void underAcceptanceBySilenceGivesTheDateAndTheAttestation() {
        Teleservice teleservice = Fixtures.sva();
        Demande demande = deposited(teleservice, MONDAY);

        AccuseReception ar = AccuseReception.of(demande, teleservice);

        assertThat(ar.receivedOn()).isEqualTo(MONDAY);
        assertThat(ar.receivedAt()).isEqualTo(at(MONDAY));
        assertThat(ar.reference()).isEqualTo(demande.reference());
        assertThat(ar.designation()).isEqualTo(teleservice.title());
        assertThat(ar.service()).isEqualTo(teleservice.organisation().contact());
        assertThat(ar.organisation()).isEqualTo("Mairie de Maurepas");
        assertThat(ar.delay()).isEqualTo(Delay.ofMonths(2));
        assertThat(ar.silenceRule()).isEqualTo(SilenceRule.ACCEPTATION);
        assertThat(ar.implicitDecisionOn()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(ar.attestationNotice()).contains("L232-3");
        assertThat(ar.remedies()).isNull();
        assertThat(ar.missingPieces()).isEmpty();
        assertThat(ar.incompleteNotice()).isNull();
    }

    @Test
    void underRejectionBySilenceGivesTheRemedies() {
        Teleservice teleservice = Fixtures.svr();

        AccuseReception ar = AccuseReception.of(deposited(teleservice, MONDAY), teleservice);

        assertThat(ar.implicitDecisionOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(ar.remedies())
                .contains("deux mois")
                .contains("tribunal administratif")
                .contains("recours gracieux");
        assertThat(ar.attestationNotice()).isNull();
    }

    @Test
    void withoutSilenceRuleGivesTheCommittedDateButNoImplicitDecision() {
        Teleservice teleservice = Fixtures.none();

        AccuseReception ar = AccuseReception.of(deposited(teleservice, MONDAY), teleservice);

        assertThat(ar.implicitDecisionOn()).isNull();
        assertThat(ar.decisionDueBy()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ar.remedies()).isNull();
        assertThat(ar.attestationNotice()).isNull();
    }

    @Test
    void listsThePiecesMissingAtDeposit() {
        Teleservice teleservice =
                Fixtures.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION, PieceType.JUSTIFICATIF_DOMICILE);
        Demande demande = Demande.draft(
                        DemandeId.random(),
                        new DemandeReference(2026, 9),
                        request(teleservice),
                        teleservice,
                        at(MONDAY))
                .deposit(USAGER, Channel.INTERNET, at(MONDAY), teleservice);

        AccuseReception ar = AccuseReception.of(demande, teleservice);

        assertThat(ar.missingPieces()).containsExactly(PieceType.JUSTIFICATIF_DOMICILE);
        assertThat(ar.piecesDueBy()).isEqualTo(MONDAY.plusMonths(1));
        assertThat(ar.incompleteNotice()).contains("L114-5").contains("ne court qu'à compter");
        assertThat(ar.implicitDecisionOn()).isNull();
    }

    @Test
    void refusesADraftOrAnotherTeleservice() {
        Teleservice teleservice = Fixtures.sva();

        assertThatThrownBy(() -> AccuseReception.of(Fixtures.draft(teleservice), teleservice))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccuseReception.of(deposited(teleservice, MONDAY), Fixtures.svr()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
