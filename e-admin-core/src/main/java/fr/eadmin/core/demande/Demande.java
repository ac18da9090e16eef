package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request by one usager for one téléservice, with its state, the full history of its steps and its delay.
 * Immutable: every action returns a new value, which a {@link fr.eadmin.core.spi.DemandeStore} saves (the
 * {@link DemandeService} does both).
 *
 * <h2>States and actions</h2>
 *
 * <pre>
 * BROUILLON --deposit--> DEPOSEE --start instruction--> EN_INSTRUCTION --accept/refuse--> ACCEPTEE / REFUSEE
 * DEPOSEE, EN_INSTRUCTION --request pièces--> INCOMPLETE --pièces received--> back to where it was
 * DEPOSEE, EN_INSTRUCTION, INCOMPLETE --classer sans suite--> CLASSEE_SANS_SUITE
 * INCOMPLETE --refuse--> REFUSEE
 * ACCEPTEE, REFUSEE, CLASSEE_SANS_SUITE --reopen--> EN_INSTRUCTION
 * DEPOSEE, EN_INSTRUCTION (, INCOMPLETE under silence vaut rejet) --delay over--> ACCEPTEE / REFUSEE / flagged late
 * </pre>
 *
 * <p>Who may act: see {@link DemandeAction}; in addition a usager acts only on their own demandes (as
 * demandeur) and through a channel they use themselves (internet, borne), and an agent files a demande
 * (creation, deposit) only through an assisted channel (guichet, téléphone, courrier). Anything else throws an
 * {@link InvalidTransitionException} and changes nothing.
 *
 * <p>Dates are days in {@code Europe/Paris}.
 *
 * @param id the technical id
 * @param reference the human reference
 * @param teleservice the code of the téléservice
 * @param demandeur the usager who files the demande
 * @param beneficiary the usager it is for: the demandeur, or a member of their foyer (or the foyer itself)
 * @param beneficiaryKind the beneficiary's kind, which decides the pièces required
 * @param filedBy who created the demande: the usager, or an agent on their behalf
 * @param channel through which channel it was filed
 * @param answers the answers of the form, field id to value
 * @param pieces the pièces of the dossier attached to it
 * @param state the current state
 * @param history every step, from the creation
 * @param delay the delay, from the deposit on; null for a draft
 */
public record Demande(
        DemandeId id,
        DemandeReference reference,
        String teleservice,
        UsagerId demandeur,
        UsagerId beneficiary,
        UsagerKind beneficiaryKind,
        Actor filedBy,
        Channel channel,
        Map<String, String> answers,
        List<SuppliedPiece> pieces,
        DemandeState state,
        List<Step> history,
        @Nullable DemandeDelay delay) {

    /** The time zone of every date of a demande. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The actor that records automatic steps (requests for pièces at deposit, implicit decisions). */
    public static final Actor SYSTEM = Actor.system("demandes");

    /** The time given to produce pièces found missing at deposit. */
    public static final java.time.Period PIECES_DELAY_AT_DEPOSIT = java.time.Period.ofMonths(1);

    /**
     * Checks that the history is consistent with the state.
     *
     * @throws IllegalArgumentException if the history is empty, does not start with the creation, is not
     *     numbered from 0, or does not end in the current state
     */
    public Demande {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(beneficiaryKind, "beneficiaryKind");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(pieces, "pieces");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(history, "history");
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        pieces = List.copyOf(pieces);
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).action() != DemandeAction.CREATE) {
            throw new IllegalArgumentException("the history of a demande starts with its creation");
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).position() != i) {
                throw new IllegalArgumentException("the steps of a history are numbered from 0");
            }
        }
        if (history.get(history.size() - 1).to() != state) {
            throw new IllegalArgumentException("the history of a demande ends in its state");
        }
        if ((delay == null) != (state == DemandeState.BROUILLON)) {
            throw new IllegalArgumentException("a demande has a delay once deposited, and only then");
        }
    }

    /**
     * A new draft, after checking the request against the téléservice (see {@link DraftRequest}).
     *
     * @param id the technical id
     * @param reference the reference allocated by the store
     * @param request what to create
     * @param teleservice the téléservice, whose code the request names
     * @param at the time of creation
     * @return the draft, in state {@link DemandeState#BROUILLON}
     * @throws InvalidDemandeException if the téléservice does not accept the channel or the request names another
     * @throws InvalidTransitionException if the actor may not file a demande through this channel, or is a usager
     *     other than the demandeur
     */
    public static Demande draft(
            DemandeId id, DemandeReference reference, DraftRequest request, Teleservice teleservice, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(at, "at");
        if (!request.teleservice().equals(teleservice.code())) {
            throw new InvalidDemandeException("teleservice", "the request names another téléservice");
        }
        checkFiling(
                id,
                DemandeState.BROUILLON,
                DemandeAction.CREATE,
                request.filedBy(),
                request.channel(),
                request.demandeur());
        if (!teleservice.accepts(request.channel())) {
            throw new InvalidDemandeException(
                    "channel", "the téléservice does not accept demandes through " + request.channel());
        }
        Step created = new Step(
                0, DemandeAction.CREATE, null, DemandeState.BROUILLON, request.filedBy(), request.channel(), at, null);
        return new Demande(
                id,
                reference,
                teleservice.code(),
                request.demandeur(),
                request.beneficiary(),
                request.beneficiaryKind(),
                request.filedBy(),
                request.channel(),
                request.answers(),
                request.pieces(),
                DemandeState.BROUILLON,
                List.of(created),
                null);
    }

    /**
     * The day of an instant, in {@link #ZONE}.
     *
     * @param at the instant
     * @return the day
     */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    // ---- queries

    /**
     * The last step of the history.
     *
     * @return the step
     */
    public Step lastStep() {
        return history.get(history.size() - 1);
    }

    /**
     * When the demande was deposited (the last deposit: a demande is deposited once).
     *
     * @return the time, or empty for a draft
     */
    public Optional<Instant> depositedAt() {
        return history.stream()
                .filter(s -> s.action() == DemandeAction.DEPOSIT)
                .map(Step::at)
                .findFirst();
    }

    /**
     * When the current decision was taken.
     *
     * @return the time of the step that led to the current decision, or empty if not decided
     */
    public Optional<Instant> decidedAt() {
        return state.isDecision() ? Optional.of(lastDecisionStep().at()) : Optional.empty();
    }

    private Step lastDecisionStep() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() != history.get(i).from()
                    && history.get(i).to().isDecision()) {
                return history.get(i);
            }
        }
        throw new IllegalStateException("no decision in the history of demande " + id);
    }

    /**
     * The pièces the téléservice requires for this demande and that are not attached to it.
     *
     * @param teleservice the téléservice
     * @return the missing types, in catalogue order
     */
    public List<PieceType> missingPieces(Teleservice teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        Set<String> supplied = new java.util.HashSet<>();
        pieces.forEach(p -> supplied.add(p.type().code()));
        return teleservice.requiredPieces(beneficiaryKind, answers).stream()
                .filter(t -> !supplied.contains(t.code()))
                .toList();
    }

    // ---- actions

    /**
     * Changes the answers and pièces of a draft.
     *
     * @param actor who changes it
     * @param channel through which channel
     * @param at when
     * @param newAnswers the new answers
     * @param newPieces the new pièces
     * @return the new value
     * @throws InvalidTransitionException if not a draft, or not allowed to this actor
     */
    public Demande updateDraft(
            Actor actor, Channel channel, Instant at, Map<String, String> newAnswers, List<SuppliedPiece> newPieces) {
        Objects.requireNonNull(newAnswers, "newAnswers");
        Objects.requireNonNull(newPieces, "newPieces");
        check(DemandeAction.UPDATE_DRAFT, actor, channel, EnumSet.of(DemandeState.BROUILLON));
        return with(DemandeAction.UPDATE_DRAFT, actor, channel, at, null, state, null, newAnswers, newPieces);
    }

    /**
     * Deposits the draft: the administration receives it, its delay starts. If pièces the téléservice requires are
     * missing, the system requests them at once ({@link DemandeAction#REQUEST_PIECES}, {@link
     * #PIECES_DELAY_AT_DEPOSIT} to produce them) and the demande is {@link DemandeState#INCOMPLETE}.
     *
     * @param actor the usager, or an agent through an assisted channel
     * @param channel through which channel
     * @param at the time of receipt
     * @param teleservice the téléservice, for its delay, silence rule, pièces and calendar
     * @return the deposited demande
     * @throws InvalidTransitionException if not a draft, or not allowed to this actor or through this channel
     * @throws InvalidDemandeException if the téléservice does not accept the channel
     */
    public Demande deposit(Actor actor, Channel channel, Instant at, Teleservice teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        check(DemandeAction.DEPOSIT, actor, channel, EnumSet.of(DemandeState.BROUILLON));
        checkFiling(id, state, DemandeAction.DEPOSIT, actor, channel, demandeur);
        if (!teleservice.accepts(channel)) {
            throw new InvalidDemandeException("channel", "the téléservice does not accept demandes through " + channel);
        }
        BusinessCalendar calendar = teleservice.calendar().businessCalendar();
        LocalDate today = day(at);
        DemandeDelay started = DemandeDelay.start(today, teleservice.delay(), teleservice.silenceRule(), calendar);
        Demande deposited =
                with(DemandeAction.DEPOSIT, actor, channel, at, null, DemandeState.DEPOSEE, started, answers, pieces);
        List<PieceType> missing = deposited.missingPieces(teleservice);
        if (missing.isEmpty()) {
            return deposited;
        }
        PieceWait wait = new PieceWait(today, today.plus(PIECES_DELAY_AT_DEPOSIT), null, missing);
        return deposited.with(
                DemandeAction.REQUEST_PIECES,
                SYSTEM,
                channel,
                at,
                "pièces manquantes au dépôt",
                DemandeState.INCOMPLETE,
                started.withWait(wait, calendar),
                answers,
                pieces);
    }

    /**
     * Starts the examination.
     *
     * @param actor an agent
     * @param channel the channel
     * @param at when
     * @return the new value, {@link DemandeState#EN_INSTRUCTION}
     * @throws InvalidTransitionException if not {@link DemandeState#DEPOSEE} or not an agent
     */
    public Demande startInstruction(Actor actor, Channel channel, Instant at) {
        check(DemandeAction.START_INSTRUCTION, actor, channel, EnumSet.of(DemandeState.DEPOSEE));
        return with(
                DemandeAction.START_INSTRUCTION,
                actor,
                channel,
                at,
                null,
                DemandeState.EN_INSTRUCTION,
                delay,
                answers,
                pieces);
    }

    /**
     * Requests missing pièces or corrections: the demande waits, its delay is suspended (see {@link DemandeDelay}).
     *
     * @param actor an agent
     * @param channel the channel
     * @param at when
     * @param missing the pièces requested, possibly none when corrections are requested
     * @param dueBy the last day given to produce them
     * @param reason what is requested, as told to the usager
     * @param calendar the téléservice's calendar
     * @return the new value, {@link DemandeState#INCOMPLETE}
     * @throws InvalidTransitionException if not deposited or under examination, or not an agent
     * @throws InvalidDemandeException if {@code dueBy} is before today
     */
    public Demande requestPieces(
            Actor actor,
            Channel channel,
            Instant at,
            List<PieceType> missing,
            LocalDate dueBy,
            String reason,
            BusinessCalendar calendar) {
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(calendar, "calendar");
        check(
                DemandeAction.REQUEST_PIECES,
                actor,
                channel,
                EnumSet.of(DemandeState.DEPOSEE, DemandeState.EN_INSTRUCTION));
        PieceWait wait = new PieceWait(day(at), dueBy, null, missing);
        return with(
                DemandeAction.REQUEST_PIECES,
                actor,
                channel,
                at,
                reason,
                DemandeState.INCOMPLETE,
                requireDelay().withWait(wait, calendar),
                answers,
                pieces);
    }

    /**
     * Records the arrival of the requested pièces: the demande goes back to where it was, its delay runs again.
     *
     * @param actor the usager, or an agent who received them
     * @param channel the channel
     * @param at when they arrived
     * @param supplied the pièces supplied, added to those of the demande
     * @param calendar the téléservice's calendar
     * @return the new value
     * @throws InvalidTransitionException if not {@link DemandeState#INCOMPLETE}, or another usager
     */
    public Demande receivePieces(
            Actor actor, Channel channel, Instant at, List<SuppliedPiece> supplied, BusinessCalendar calendar) {
        Objects.requireNonNull(supplied, "supplied");
        Objects.requireNonNull(calendar, "calendar");
        check(DemandeAction.RECEIVE_PIECES, actor, channel, EnumSet.of(DemandeState.INCOMPLETE));
        List<SuppliedPiece> all = new ArrayList<>(pieces);
        for (SuppliedPiece piece : supplied) {
            if (all.stream().noneMatch(p -> p.piece().equals(piece.piece()))) {
                all.add(piece);
            }
        }
        DemandeState back = stateBeforeWait();
        return with(
                DemandeAction.RECEIVE_PIECES,
                actor,
                channel,
                at,
                null,
                back,
                requireDelay().withWaitClosed(day(at), calendar),
                answers,
                all);
    }

    /**
     * Accepts the demande expressly.
     *
     * @param actor an agent
     * @param channel the channel
     * @param at when
     * @param reason the grounds, or null
     * @param calendar the téléservice's calendar
     * @return the new value, {@link DemandeState#ACCEPTEE}
     * @throws InvalidTransitionException if not under examination, or not an agent
     */
    public Demande accept(
            Actor actor, Channel channel, Instant at, @Nullable String reason, BusinessCalendar calendar) {
        return decide(
                DemandeAction.ACCEPT, actor, channel, at, reason, calendar, EnumSet.of(DemandeState.EN_INSTRUCTION));
    }

    /**
     * Refuses the demande expressly.
     *
     * @param actor an agent
     * @param channel the channel
     * @param at when
     * @param reason the grounds (a refusal must be reasoned: CRPA L211-2)
     * @param calendar the téléservice's calendar
     * @return the new value, {@link DemandeState#REFUSEE}
     * @throws InvalidTransitionException if not under examination or incomplete, or not an agent
     */
    public Demande refuse(Actor actor, Channel channel, Instant at, String reason, BusinessCalendar calendar) {
        Objects.requireNonNull(reason, "reason");
        return decide(
                DemandeAction.REFUSE,
                actor,
                channel,
                at,
                reason,
                calendar,
                EnumSet.of(DemandeState.EN_INSTRUCTION, DemandeState.INCOMPLETE));
    }

    /**
     * Closes the demande without a decision on the merits: withdrawn by the usager, pièces never produced…
     *
     * @param actor an agent, or the demandeur withdrawing their demande
     * @param channel the channel
     * @param at when
     * @param reason why
     * @param calendar the téléservice's calendar
     * @return the new value, {@link DemandeState#CLASSEE_SANS_SUITE}
     * @throws InvalidTransitionException if not deposited, under examination or incomplete
     */
    public Demande classerSansSuite(
            Actor actor, Channel channel, Instant at, String reason, BusinessCalendar calendar) {
        Objects.requireNonNull(reason, "reason");
        return decide(
                DemandeAction.CLASSER_SANS_SUITE,
                actor,
                channel,
                at,
                reason,
                calendar,
                EnumSet.of(DemandeState.DEPOSEE, DemandeState.EN_INSTRUCTION, DemandeState.INCOMPLETE));
    }

    /**
     * Reopens a decided demande (a decision withdrawn after a recours gracieux, an error): it is examined again,
     * and no implicit decision will be born any more.
     *
     * @param actor an agent
     * @param channel the channel
     * @param at when
     * @param reason why
     * @return the new value, {@link DemandeState#EN_INSTRUCTION}
     * @throws InvalidTransitionException if not decided, or not an agent
     */
    public Demande reopen(Actor actor, Channel channel, Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        check(
                DemandeAction.REOPEN,
                actor,
                channel,
                EnumSet.of(DemandeState.ACCEPTEE, DemandeState.REFUSEE, DemandeState.CLASSEE_SANS_SUITE));
        return with(
                DemandeAction.REOPEN,
                actor,
                channel,
                at,
                reason,
                DemandeState.EN_INSTRUCTION,
                requireDelay().reopened(),
                answers,
                pieces);
    }

    /**
     * Applies the end of the delay, if it has run out by the end of the day before {@code at}: an implicit
     * acceptance or rejection by the system, or the late flag when the téléservice has no silence rule.
     *
     * @param at now
     * @param calendar the téléservice's calendar
     * @return the new value, or empty if the delay has not run out (or was already applied)
     */
    public Optional<Demande> applyExpiredDelay(Instant at, BusinessCalendar calendar) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(calendar, "calendar");
        if (!state.isPending() || delay == null || !delay.expiredOn(day(at))) {
            return Optional.empty();
        }
        LocalDate end = Objects.requireNonNull(delay.deadline());
        String reason = "délai expiré le " + end;
        SilenceRule rule = delay.silenceRule();
        if (rule == SilenceRule.ACCEPTATION && state != DemandeState.INCOMPLETE) {
            return Optional.of(
                    implicit(DemandeAction.IMPLICIT_ACCEPTANCE, DemandeState.ACCEPTEE, at, end, reason, calendar));
        }
        if (rule == SilenceRule.REJET) {
            return Optional.of(
                    implicit(DemandeAction.IMPLICIT_REJECTION, DemandeState.REFUSEE, at, end, reason, calendar));
        }
        return Optional.of(with(
                DemandeAction.FLAG_LATE, SYSTEM, channel, at, reason, state, delay.flaggedLate(), answers, pieces));
    }

    private Demande implicit(
            DemandeAction action,
            DemandeState to,
            Instant at,
            LocalDate end,
            String reason,
            BusinessCalendar calendar) {
        return with(
                action, SYSTEM, channel, at, reason, to, requireDelay().decided(end, true, calendar), answers, pieces);
    }

    private Demande decide(
            DemandeAction action,
            Actor actor,
            Channel channel,
            Instant at,
            @Nullable String reason,
            BusinessCalendar calendar,
            Set<DemandeState> from) {
        Objects.requireNonNull(calendar, "calendar");
        check(action, actor, channel, from);
        DemandeState to =
                switch (action) {
                    case ACCEPT -> DemandeState.ACCEPTEE;
                    case REFUSE -> DemandeState.REFUSEE;
                    default -> DemandeState.CLASSEE_SANS_SUITE;
                };
        return with(
                action,
                actor,
                channel,
                at,
                reason,
                to,
                requireDelay().decided(day(at), false, calendar),
                answers,
                pieces);
    }

    private DemandeState stateBeforeWait() {
        for (int i = history.size() - 1; i >= 0; i--) {
            Step step = history.get(i);
            if (step.action() == DemandeAction.REQUEST_PIECES) {
                return Objects.requireNonNull(step.from());
            }
        }
        return DemandeState.EN_INSTRUCTION;
    }

    private DemandeDelay requireDelay() {
        return Objects.requireNonNull(delay, "a deposited demande has a delay");
    }

    private void check(DemandeAction action, Actor actor, Channel channel, Set<DemandeState> from) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        if (!action.allows(actor.kind())) {
            throw new InvalidTransitionException(id, state, action, "not allowed to a " + actor.kind() + " actor");
        }
        if (!from.contains(state)) {
            throw new InvalidTransitionException(id, state, action, "not allowed from " + state);
        }
        if (actor instanceof Actor.OfUsager usager) {
            if (!usager.usager().equals(demandeur)) {
                throw new InvalidTransitionException(id, state, action, "a usager acts only on their own demandes");
            }
            if (channel.isAssisted()) {
                throw new InvalidTransitionException(
                        id, state, action, "a usager acting themselves cannot use the assisted channel " + channel);
            }
        }
    }

    private static void checkFiling(
            DemandeId id, DemandeState state, DemandeAction action, Actor actor, Channel channel, UsagerId demandeur) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        if (!action.allows(actor.kind())) {
            throw new InvalidTransitionException(id, state, action, "not allowed to a " + actor.kind() + " actor");
        }
        if (actor instanceof Actor.OfUsager usager) {
            if (!usager.usager().equals(demandeur)) {
                throw new InvalidTransitionException(id, state, action, "a usager files demandes only for themselves");
            }
            if (channel.isAssisted()) {
                throw new InvalidTransitionException(
                        id, state, action, "a usager filing themselves cannot use the assisted channel " + channel);
            }
        } else if (!channel.isAssisted()) {
            throw new InvalidTransitionException(
                    id,
                    state,
                    action,
                    "an agent files a demande on a usager's behalf only through an assisted channel");
        }
    }

    private Demande with(
            DemandeAction action,
            Actor actor,
            Channel stepChannel,
            Instant at,
            @Nullable String reason,
            DemandeState to,
            @Nullable DemandeDelay newDelay,
            Map<String, String> newAnswers,
            List<SuppliedPiece> newPieces) {
        Objects.requireNonNull(at, "at");
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(history.size(), action, state, to, actor, stepChannel, at, reason));
        return new Demande(
                id,
                reference,
                teleservice,
                demandeur,
                beneficiary,
                beneficiaryKind,
                filedBy,
                channel,
                newAnswers,
                newPieces,
                to,
                steps,
                newDelay);
    }
}
