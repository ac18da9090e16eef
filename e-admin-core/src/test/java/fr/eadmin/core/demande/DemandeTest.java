package fr.eadmin.core.demande;

import static fr.eadmin.core.demande.Fixtures.AGENT;
import static fr.eadmin.core.demande.Fixtures.MONDAY;
import static fr.eadmin.core.demande.Fixtures.OTHER_USAGER;
import static fr.eadmin.core.demande.Fixtures.PARTNER;
import static fr.eadmin.core.demande.Fixtures.USAGER;
import static fr.eadmin.core.demande.Fixtures.at;
import static fr.eadmin.core.demande.Fixtures.deposited;
import static fr.eadmin.core.demande.Fixtures.draft;
import static fr.eadmin.core.demande.Fixtures.none;
import static fr.eadmin.core.demande.Fixtures.piece;
import static fr.eadmin.core.demande.Fixtures.request;
import static fr.eadmin.core.demande.Fixtures.sva;
import static fr.eadmin.core.demande.Fixtures.svr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DemandeTest {
    static final BusinessCalendar CALENDAR = BusinessCalendar.forDepartement("78");

    static void refused(ThrowingCallable action, DemandeState current, DemandeAction attempted, String reason) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
            assertThat(e.current()).isEqualTo(current);
            assertThat(e.attempted()).isEqualTo(attempted);
            assertThat(e.reason()).contains(reason);
            assertThat(e.getMessage())
                    .contains(e.demande().toString())
                    .contains(current.name())
                    .contains(attempted.name());
        });
    }

    // ---- filing

    @Test
    void aUsagerCreatesADraftOnline() {
        Demande draft = draft(sva());

        assertThat(draft.state()).isEqualTo(DemandeState.BROUILLON);
        assertThat(draft.delay()).isNull();
        assertThat(draft.history()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(DemandeAction.CREATE);
            assertThat(step.from()).isNull();
            assertThat(step.actor()).isEqualTo(USAGER);
        });
    }

    @Test
    void anAgentFilesAtTheGuichetOnTheUsagersBehalf() {
        Teleservice teleservice = sva();
        DraftRequest request = new DraftRequest(
                teleservice.code(),
                Fixtures.CLAIRE,
                Fixtures.CLAIRE,
                fr.eadmin.core.usager.UsagerKind.INDIVIDU,
                AGENT,
                Channel.GUICHET,
                java.util.Map.of(),
                List.of());
        Demande draft =
                Demande.draft(DemandeId.random(), new DemandeReference(2026, 7), request, teleservice, at(MONDAY));

        Demande deposited = draft.deposit(AGENT, Channel.GUICHET, at(MONDAY), teleservice);

        assertThat(deposited.state()).isEqualTo(DemandeState.DEPOSEE);
        assertThat(deposited.filedBy()).isEqualTo(AGENT);
        assertThat(deposited.lastStep().channel()).isEqualTo(Channel.GUICHET);
    }

    @Test
    void refusesAnAgentFilingOnline() {
        Teleservice teleservice = sva();
        DraftRequest online = request(teleservice);
        DraftRequest byAgent = new DraftRequest(
                online.teleservice(),
                online.demandeur(),
                online.beneficiary(),
                online.beneficiaryKind(),
                AGENT,
                Channel.INTERNET,
                online.answers(),
                online.pieces());

        refused(
                () -> Demande.draft(
                        DemandeId.random(), new DemandeReference(2026, 1), byAgent, teleservice, at(MONDAY)),
                DemandeState.BROUILLON,
                DemandeAction.CREATE,
                "assisted channel");
        refused(
                () -> draft(teleservice).deposit(AGENT, Channel.INTERNET, at(MONDAY), teleservice),
                DemandeState.BROUILLON,
                DemandeAction.DEPOSIT,
                "assisted channel");
    }

    @Test
    void refusesAUsagerUsingAnAssistedChannelOrFilingForSomeoneElse() {
        Teleservice teleservice = sva();

        refused(
                () -> draft(teleservice).deposit(USAGER, Channel.GUICHET, at(MONDAY), teleservice),
                DemandeState.BROUILLON,
                DemandeAction.DEPOSIT,
                "assisted channel");
        refused(
                () -> draft(teleservice).deposit(OTHER_USAGER, Channel.INTERNET, at(MONDAY), teleservice),
                DemandeState.BROUILLON,
                DemandeAction.DEPOSIT,
                "own demandes");
        refused(
                () -> draft(teleservice).deposit(Demande.SYSTEM, Channel.INTERNET, at(MONDAY), teleservice),
                DemandeState.BROUILLON,
                DemandeAction.DEPOSIT,
                "SYSTEM");
    }

    @Test
    void refusesAChannelTheTeleserviceDoesNotAccept() {
        Teleservice teleservice = sva();
        DraftRequest request = request(teleservice);
        DraftRequest borne = new DraftRequest(
                request.teleservice(),
                request.demandeur(),
                request.beneficiary(),
                request.beneficiaryKind(),
                request.filedBy(),
                Channel.BORNE,
                request.answers(),
                request.pieces());

        assertThatThrownBy(() -> Demande.draft(
                        DemandeId.random(), new DemandeReference(2026, 1), borne, teleservice, at(MONDAY)))
                .isInstanceOfSatisfying(InvalidDemandeException.class, e -> assertThat(e.field())
                        .isEqualTo("channel"));
        assertThatThrownBy(() -> draft(teleservice).deposit(USAGER, Channel.BORNE, at(MONDAY), teleservice))
                .isInstanceOf(InvalidDemandeException.class);
    }

    // ---- deposit

    @Test
    void depositStartsTheDelayOnTheDayOfReceipt() {
        Demande demande = deposited(sva(), MONDAY);

        assertThat(demande.state()).isEqualTo(DemandeState.DEPOSEE);
        assertThat(demande.depositedAt()).contains(at(MONDAY));
        assertThat(demande.delay()).isNotNull();
        assertThat(demande.delay().receivedOn()).isEqualTo(MONDAY);
        assertThat(demande.delay().deadline()).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void refusesASecondDeposit() {
        Teleservice teleservice = sva();
        Demande demande = deposited(teleservice, MONDAY);

        refused(
                () -> demande.deposit(USAGER, Channel.INTERNET, at(MONDAY), teleservice),
                DemandeState.DEPOSEE,
                DemandeAction.DEPOSIT,
                "not allowed from DEPOSEE");
    }

    @Test
    void aDepositWithMissingPiecesRequestsThemAtOnce() {
        Teleservice teleservice = Fixtures.teleservice(
                Delay.ofMonths(2),
                SilenceRule.ACCEPTATION,
                PieceType.JUSTIFICATIF_DOMICILE,
                PieceType.LIVRET_DE_FAMILLE);
        Demande draft = Demande.draft(
                DemandeId.random(),
                new DemandeReference(2026, 1),
                request(teleservice).withPieces(List.of(piece(PieceType.LIVRET_DE_FAMILLE))),
                teleservice,
                at(MONDAY));

        Demande demande = draft.deposit(USAGER, Channel.INTERNET, at(MONDAY), teleservice);

        assertThat(demande.state()).isEqualTo(DemandeState.INCOMPLETE);
        assertThat(demande.history())
                .extracting(Step::action)
                .containsExactly(DemandeAction.CREATE, DemandeAction.DEPOSIT, DemandeAction.REQUEST_PIECES);
        assertThat(demande.lastStep().actor()).isEqualTo(Demande.SYSTEM);
        assertThat(demande.delay().waits()).singleElement().satisfies(wait -> {
            assertThat(wait.missing()).containsExactly(PieceType.JUSTIFICATIF_DOMICILE);
            assertThat(wait.dueBy()).isEqualTo(MONDAY.plusMonths(1));
        });
        assertThat(demande.delay().deadline()).isNull();
    }

    // ---- instruction and decisions

    @Test
    void anAgentExaminesAndAccepts() {
        Demande demande = deposited(sva(), MONDAY)
                .startInstruction(AGENT, Channel.GUICHET, at(MONDAY.plusDays(1)))
                .accept(AGENT, Channel.GUICHET, at(MONDAY.plusDays(7)), null, CALENDAR);

        assertThat(demande.state()).isEqualTo(DemandeState.ACCEPTEE);
        assertThat(demande.decidedAt()).contains(at(MONDAY.plusDays(7)));
        Processing processing = demande.delay().processing();
        assertThat(processing.days()).isEqualTo(7);
        assertThat(processing.businessDays()).isEqualTo(5);
        assertThat(processing.withinDelay()).isTrue();
        assertThat(processing.implicit()).isFalse();
    }

    @Test
    void aUsagerCannotExamineAcceptOrRefuseTheirOwnDemande() {
        Demande deposee = deposited(sva(), MONDAY);
        Demande instruction = deposee.startInstruction(PARTNER, Channel.GUICHET, at(MONDAY));

        refused(
                () -> deposee.startInstruction(USAGER, Channel.INTERNET, at(MONDAY)),
                DemandeState.DEPOSEE,
                DemandeAction.START_INSTRUCTION,
                "USAGER");
        refused(
                () -> instruction.accept(USAGER, Channel.INTERNET, at(MONDAY), null, CALENDAR),
                DemandeState.EN_INSTRUCTION,
                DemandeAction.ACCEPT,
                "USAGER");
        refused(
                () -> instruction.refuse(USAGER, Channel.INTERNET, at(MONDAY), "non", CALENDAR),
                DemandeState.EN_INSTRUCTION,
                DemandeAction.REFUSE,
                "USAGER");
        refused(
                () -> instruction.reopen(USAGER, Channel.INTERNET, at(MONDAY), "non"),
                DemandeState.EN_INSTRUCTION,
                DemandeAction.REOPEN,
                "USAGER");
        refused(
                () -> instruction.accept(Demande.SYSTEM, Channel.INTERNET, at(MONDAY), null, CALENDAR),
                DemandeState.EN_INSTRUCTION,
                DemandeAction.ACCEPT,
                "SYSTEM");
    }

    @Test
    void refusesDecisionsOutOfOrder() {
        Teleservice teleservice = sva();
        Demande brouillon = draft(teleservice);
        Demande deposee = deposited(teleservice, MONDAY);

        refused(
                () -> brouillon.startInstruction(AGENT, Channel.GUICHET, at(MONDAY)),
                DemandeState.BROUILLON,
                DemandeAction.START_INSTRUCTION,
                "not allowed from BROUILLON");
        refused(
                () -> brouillon.accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR),
                DemandeState.BROUILLON,
                DemandeAction.ACCEPT,
                "not allowed from BROUILLON");
        refused(
                () -> brouillon.classerSansSuite(AGENT, Channel.GUICHET, at(MONDAY), "doublon", CALENDAR),
                DemandeState.BROUILLON,
                DemandeAction.CLASSER_SANS_SUITE,
                "not allowed");
        refused(
                () -> deposee.accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR),
                DemandeState.DEPOSEE,
                DemandeAction.ACCEPT,
                "not allowed from DEPOSEE");
        refused(
                () -> deposee.refuse(AGENT, Channel.GUICHET, at(MONDAY), "non", CALENDAR),
                DemandeState.DEPOSEE,
                DemandeAction.REFUSE,
                "not allowed from DEPOSEE");
        refused(
                () -> deposee.receivePieces(USAGER, Channel.INTERNET, at(MONDAY), List.of(), CALENDAR),
                DemandeState.DEPOSEE,
                DemandeAction.RECEIVE_PIECES,
                "not allowed from DEPOSEE");
        refused(
                () -> deposee.reopen(AGENT, Channel.GUICHET, at(MONDAY), "erreur"),
                DemandeState.DEPOSEE,
                DemandeAction.REOPEN,
                "not allowed from DEPOSEE");
        refused(
                () -> brouillon.updateDraft(OTHER_USAGER, Channel.INTERNET, at(MONDAY), java.util.Map.of(), List.of()),
                DemandeState.BROUILLON,
                DemandeAction.UPDATE_DRAFT,
                "own demandes");
        refused(
                () -> deposee.updateDraft(USAGER, Channel.INTERNET, at(MONDAY), java.util.Map.of(), List.of()),
                DemandeState.DEPOSEE,
                DemandeAction.UPDATE_DRAFT,
                "not allowed from DEPOSEE");
    }

    @Test
    void nothingFollowsADecisionButAReopening() {
        Demande instruction = deposited(sva(), MONDAY).startInstruction(AGENT, Channel.GUICHET, at(MONDAY));
        for (Demande decided : List.of(
                instruction.accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR),
                instruction.refuse(AGENT, Channel.GUICHET, at(MONDAY), "hors délai", CALENDAR),
                instruction.classerSansSuite(AGENT, Channel.GUICHET, at(MONDAY), "doublon", CALENDAR))) {
            DemandeState state = decided.state();
            refused(
                    () -> decided.accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR),
                    state,
                    DemandeAction.ACCEPT,
                    "not allowed");
            refused(
                    () -> decided.requestPieces(AGENT, Channel.GUICHET, at(MONDAY), List.of(), MONDAY, "x", CALENDAR),
                    state,
                    DemandeAction.REQUEST_PIECES,
                    "not allowed");
            refused(
                    () -> decided.classerSansSuite(AGENT, Channel.GUICHET, at(MONDAY), "x", CALENDAR),
                    state,
                    DemandeAction.CLASSER_SANS_SUITE,
                    "not allowed");

            Demande reopened = decided.reopen(AGENT, Channel.GUICHET, at(MONDAY.plusDays(1)), "recours gracieux");

            assertThat(reopened.state()).isEqualTo(DemandeState.EN_INSTRUCTION);
            assertThat(reopened.delay().processing()).isNull();
            assertThat(reopened.delay().running()).isFalse();
            assertThat(reopened.applyExpiredDelay(at(MONDAY.plusYears(1)), CALENDAR))
                    .isEmpty();
        }
    }

    @Test
    void theDemandeurMayWithdrawButNotAnotherUsager() {
        Demande deposee = deposited(sva(), MONDAY);

        assertThat(deposee.classerSansSuite(USAGER, Channel.INTERNET, at(MONDAY), "désistement", CALENDAR)
                        .state())
                .isEqualTo(DemandeState.CLASSEE_SANS_SUITE);
        refused(
                () -> deposee.classerSansSuite(OTHER_USAGER, Channel.INTERNET, at(MONDAY), "x", CALENDAR),
                DemandeState.DEPOSEE,
                DemandeAction.CLASSER_SANS_SUITE,
                "own demandes");
    }

    // ---- pièces

    @Test
    void piecesArrivingSendTheDemandeBackWhereItWas() {
        Demande deposee = deposited(sva(), MONDAY);
        Demande fromDeposee = deposee.requestPieces(
                        AGENT,
                        Channel.GUICHET,
                        at(MONDAY.plusDays(1)),
                        List.of(PieceType.RIB),
                        MONDAY.plusDays(20),
                        "RIB",
                        CALENDAR)
                .receivePieces(
                        USAGER, Channel.INTERNET, at(MONDAY.plusDays(3)), List.of(piece(PieceType.RIB)), CALENDAR);
        Demande fromInstruction = deposee.startInstruction(AGENT, Channel.GUICHET, at(MONDAY))
                .requestPieces(
                        AGENT,
                        Channel.GUICHET,
                        at(MONDAY.plusDays(1)),
                        List.of(),
                        MONDAY.plusDays(20),
                        "corriger l'adresse",
                        CALENDAR);

        assertThat(fromDeposee.state()).isEqualTo(DemandeState.DEPOSEE);
        assertThat(fromDeposee.pieces()).extracting(SuppliedPiece::type).containsExactly(PieceType.RIB);
        assertThat(fromInstruction.state()).isEqualTo(DemandeState.INCOMPLETE);
        assertThat(fromInstruction
                        .receivePieces(AGENT, Channel.COURRIER, at(MONDAY.plusDays(2)), List.of(), CALENDAR)
                        .state())
                .isEqualTo(DemandeState.EN_INSTRUCTION);
        refused(
                () -> fromInstruction.requestPieces(
                        AGENT, Channel.GUICHET, at(MONDAY), List.of(), MONDAY.plusDays(9), "x", CALENDAR),
                DemandeState.INCOMPLETE,
                DemandeAction.REQUEST_PIECES,
                "not allowed from INCOMPLETE");
        refused(
                () -> fromInstruction.accept(AGENT, Channel.GUICHET, at(MONDAY), null, CALENDAR),
                DemandeState.INCOMPLETE,
                DemandeAction.ACCEPT,
                "not allowed from INCOMPLETE");
        refused(
                () -> fromInstruction.receivePieces(OTHER_USAGER, Channel.INTERNET, at(MONDAY), List.of(), CALENDAR),
                DemandeState.INCOMPLETE,
                DemandeAction.RECEIVE_PIECES,
                "own demandes");
        assertThat(fromInstruction
                        .refuse(AGENT, Channel.GUICHET, at(MONDAY.plusDays(30)), "pièces non produites", CALENDAR)
                        .state())
                .isEqualTo(DemandeState.REFUSEE);
    }

    @Test
    void refusesADueDateBeforeTheRequest() {
        Demande deposee = deposited(sva(), MONDAY);

        assertThatThrownBy(() -> deposee.requestPieces(
                        AGENT, Channel.GUICHET, at(MONDAY.plusDays(5)), List.of(), MONDAY, "x", CALENDAR))
                .isInstanceOfSatisfying(InvalidDemandeException.class, e -> assertThat(e.field())
                        .isEqualTo("dueBy"));
    }

    // ---- delays (CRPA L114-5)

    @Test
    void underAcceptanceBySilenceTheDelayRestartsWhenThePiecesArrive() {
        Demande waiting = deposited(sva(), MONDAY)
                .requestPieces(
                        AGENT,
                        Channel.GUICHET,
                        at(LocalDate.of(2026, 3, 10)),
                        List.of(PieceType.RIB),
                        LocalDate.of(2026, 3, 31),
                        "RIB",
                        CALENDAR);

        assertThat(waiting.delay().deadline()).isNull();
        assertThat(waiting.applyExpiredDelay(at(LocalDate.of(2027, 1, 1)), CALENDAR))
                .isEmpty();
        Demande back =
                waiting.receivePieces(USAGER, Channel.INTERNET, at(LocalDate.of(2026, 3, 20)), List.of(), CALENDAR);
        assertThat(back.delay().deadline()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void underRejectionBySilenceTheDelayIsSuspendedAtMostUntilTheDueDate() {
        Demande waiting = deposited(svr(), MONDAY)
                .requestPieces(
                        AGENT,
                        Channel.GUICHET,
                        at(LocalDate.of(2026, 3, 10)),
                        List.of(PieceType.RIB),
                        LocalDate.of(2026, 3, 31),
                        "RIB",
                        CALENDAR);

        assertThat(waiting.delay().deadline()).isEqualTo(LocalDate.of(2026, 4, 23));
        Demande back =
                waiting.receivePieces(USAGER, Channel.INTERNET, at(LocalDate.of(2026, 3, 20)), List.of(), CALENDAR);
        assertThat(back.delay().deadline()).isEqualTo(LocalDate.of(2026, 4, 12));

        assertThat(waiting.applyExpiredDelay(at(LocalDate.of(2026, 4, 23)), CALENDAR))
                .isEmpty();
        Demande rejected = waiting.applyExpiredDelay(at(LocalDate.of(2026, 4, 24)), CALENDAR)
                .orElseThrow();
        assertThat(rejected.state()).isEqualTo(DemandeState.REFUSEE);
        assertThat(rejected.lastStep().action()).isEqualTo(DemandeAction.IMPLICIT_REJECTION);
        assertThat(rejected.lastStep().actor().kind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(rejected.delay().processing().implicit()).isTrue();
        assertThat(rejected.delay().processing().decidedOn()).isEqualTo(LocalDate.of(2026, 4, 23));
        assertThat(rejected.delay().processing().withinDelay()).isFalse();
    }

    @Test
    void silenceMeansAcceptanceTheDayAfterTheDeadlineOnce() {
        Demande deposee = deposited(sva(), MONDAY);

        assertThat(deposee.applyExpiredDelay(at(LocalDate.of(2026, 5, 2)), CALENDAR))
                .isEmpty();
        Demande accepted = deposee.applyExpiredDelay(at(LocalDate.of(2026, 5, 3)), CALENDAR)
                .orElseThrow();

        assertThat(accepted.state()).isEqualTo(DemandeState.ACCEPTEE);
        assertThat(accepted.lastStep().action()).isEqualTo(DemandeAction.IMPLICIT_ACCEPTANCE);
        assertThat(accepted.applyExpiredDelay(at(LocalDate.of(2026, 6, 1)), CALENDAR))
                .isEmpty();
    }

    @Test
    void withoutSilenceRuleALateDemandeIsFlaggedOnceAndNotDecided() {
        Demande deposee = deposited(none(), MONDAY);

        assertThat(deposee.delay().deadline()).isEqualTo(LocalDate.of(2026, 3, 10));
        Demande late = deposee.applyExpiredDelay(at(LocalDate.of(2026, 3, 11)), CALENDAR)
                .orElseThrow();

        assertThat(late.state()).isEqualTo(DemandeState.DEPOSEE);
        assertThat(late.lastStep().action()).isEqualTo(DemandeAction.FLAG_LATE);
        assertThat(late.delay().late()).isTrue();
        assertThat(late.applyExpiredDelay(at(LocalDate.of(2026, 3, 12)), CALENDAR))
                .isEmpty();
        Demande accepted = late.startInstruction(AGENT, Channel.GUICHET, at(LocalDate.of(2026, 3, 12)))
                .accept(AGENT, Channel.GUICHET, at(LocalDate.of(2026, 3, 12)), null, CALENDAR);
        assertThat(accepted.delay().processing().withinDelay()).isFalse();
    }

    @Test
    void processingTimeLeavesOutTheWaitForPieces() {
        Demande decided = deposited(sva(), MONDAY)
                .requestPieces(
                        AGENT, Channel.GUICHET, at(MONDAY.plusDays(1)), List.of(), MONDAY.plusDays(10), "x", CALENDAR)
                .receivePieces(USAGER, Channel.INTERNET, at(MONDAY.plusDays(3)), List.of(), CALENDAR)
                .startInstruction(AGENT, Channel.GUICHET, at(MONDAY.plusDays(4)))
                .accept(AGENT, Channel.GUICHET, at(MONDAY.plusDays(7)), null, CALENDAR);

        assertThat(decided.delay().processing().days()).isEqualTo(5);
        assertThat(decided.delay().processing().businessDays()).isEqualTo(3);
    }

    @Test
    void refusesAnInconsistentHistory() {
        Demande demande = deposited(sva(), MONDAY);

        assertThatThrownBy(() -> new Demande(
                        demande.id(),
                        demande.reference(),
                        demande.teleservice(),
                        demande.demandeur(),
                        demande.beneficiary(),
                        demande.beneficiaryKind(),
                        demande.filedBy(),
                        demande.channel(),
                        demande.answers(),
                        demande.pieces(),
                        DemandeState.ACCEPTEE,
                        demande.history(),
                        demande.delay()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Demande(
                        demande.id(),
                        demande.reference(),
                        demande.teleservice(),
                        demande.demandeur(),
                        demande.beneficiary(),
                        demande.beneficiaryKind(),
                        demande.filedBy(),
                        demande.channel(),
                        demande.answers(),
                        demande.pieces(),
                        DemandeState.DEPOSEE,
                        demande.history(),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
