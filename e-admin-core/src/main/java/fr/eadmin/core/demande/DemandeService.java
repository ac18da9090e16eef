package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.UsagerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API an application calls to run demandes: create a draft, deposit it (and get its accusé de réception),
 * examine it, request pièces, decide, reopen, apply expired delays, and find demandes.
 *
 * {@snippet :
 * DemandeService demandes = DemandeService.create(catalogue, store,
 *         DemandeNotifications.french(usager -> recipientsOf(usager), d -> "https://demarches.example.fr/" + d.id()),
 *         clock);
 * Versioned<Demande> draft = demandes.createDraft(DraftRequest.forSelf("acte-naissance", claire,
 *         Actor.usager(claire.id()), Channel.INTERNET));
 * Deposit deposit = demandes.deposit(draft.value().id(), Actor.usager(claire.id()), Channel.INTERNET);
 * render(deposit.accuseReception());
 * }
 *
 * <p>Each operation is one atomic change ({@link DemandeChange}) written by the {@link DemandeStore}: the
 * demande's new state, one journal event per new step of its history, and one notification per new step that
 * sends a message ({@link DemandeNotifications}) and per recipient of the demandeur. The id of a
 * notification is derived from the demande's id, the position of the step in its history and the recipient's
 * channel, so an operation retried after a failure never notifies twice. An operation reads the demande, applies
 * the action and saves it against the version it read: if another change came in between, it fails with {@link
 * ConcurrentUpdateException} and changes nothing; the caller reloads and decides again.
 *
 * <p>Journal events: action {@code demande.<action>} (such as {@code demande.deposit}), subject {@code demande}
 * and the demande's id, details: the reference, the téléservice, the states before and after, the position of the
 * step. Never the reason typed by an agent, which may hold personal data.
 *
 * <p>Logs name demandes by id only.
 */
public final class DemandeService {
    private static final Logger LOG = LoggerFactory.getLogger(DemandeService.class);
    private static final int SWEEP_PAGE = 500;

    private final Function<String, Optional<Teleservice>> teleservices;
    private final DemandeStore store;
    private final DemandeNotifications notifications;
    private final Clock clock;

    private DemandeService(
            Function<String, Optional<Teleservice>> teleservices,
            DemandeStore store,
            DemandeNotifications notifications,
            Clock clock) {
        this.teleservices = teleservices;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A service over a catalogue loaded at startup.
     *
     * @param catalogue the téléservices
     * @param store the demande store
     * @param notifications how usagers are notified
     * @param clock the clock
     * @return the service
     */
    public static DemandeService create(
            TeleserviceCatalogue catalogue, DemandeStore store, DemandeNotifications notifications, Clock clock) {
        Objects.requireNonNull(catalogue, "catalogue");
        return new DemandeService(
                catalogue::find,
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(notifications, "notifications"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A service over téléservices kept in a store (read at each operation, so edits apply at once).
     *
     * @param teleserviceStore the téléservices
     * @param store the demande store
     * @param notifications how usagers are notified
     * @param clock the clock
     * @return the service
     */
    public static DemandeService create(
            TeleserviceStore teleserviceStore, DemandeStore store, DemandeNotifications notifications, Clock clock) {
        Objects.requireNonNull(teleserviceStore, "teleserviceStore");
        return new DemandeService(
                code -> teleserviceStore.find(code).map(Versioned::value),
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(notifications, "notifications"),
                Objects.requireNonNull(clock, "clock"));
    }

    // ---- commands

    /**
     * Creates a draft.
     *
     * @param request what to create
     * @return the draft, at version 1
     * @throws NotFoundException if the téléservice does not exist
     * @throws InvalidDemandeException if the téléservice does not accept the channel
     * @throws InvalidTransitionException if the actor may not file it through this channel
     */
    public Versioned<Demande> createDraft(DraftRequest request) {
        Objects.requireNonNull(request, "request");
        Teleservice teleservice = teleservice(request.teleservice());
        Instant now = clock.instant();
        DemandeId id = DemandeId.generate(clock);
        Demande draft =
                Demande.draft(id, store.allocateReference(Demande.day(now).getYear()), request, teleservice, now);
        Versioned<Demande> saved = store.save(change(null, 0, draft, teleservice));
        LOG.info("demande {} created for teleservice {}", id, teleservice.code());
        return saved;
    }

    /**
     * Changes the answers and pièces of a draft. Unlike the transitions, which the state guards (a second agent
     * accepting an accepted demande is refused), two edits of a draft would silently overwrite each other: the
     * caller names the version it edited.
     *
     * @param id the demande
     * @param expectedVersion the version the usager edited
     * @param actor who changes it
     * @param channel through which channel
     * @param answers the new answers
     * @param pieces the new pièces
     * @return the draft and its new version
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     */
    public Versioned<Demande> updateDraft(
            DemandeId id,
            long expectedVersion,
            Actor actor,
            Channel channel,
            Map<String, String> answers,
            List<SuppliedPiece> pieces) {
        return apply(id, expectedVersion, (d, t, now) -> d.updateDraft(actor, channel, now, answers, pieces));
    }

    /**
     * Deposits a draft: the administration receives it, its delay starts, the accusé de réception is produced.
     *
     * @param id the demande
     * @param actor the demandeur, or an agent through an assisted channel
     * @param channel through which channel
     * @return the deposited demande and its accusé de réception
     */
    public Deposit deposit(DemandeId id, Actor actor, Channel channel) {
        Versioned<Demande> saved = apply(id, (d, t, now) -> d.deposit(actor, channel, now, t));
        Teleservice teleservice = teleservice(saved.value().teleservice());
        return new Deposit(saved, AccuseReception.of(saved.value(), teleservice));
    }

    /**
     * Starts the examination of a deposited demande.
     *
     * @param id the demande
     * @param actor an agent
     * @param channel the channel
     * @return the demande and its new version
     */
    public Versioned<Demande> startInstruction(DemandeId id, Actor actor, Channel channel) {
        return apply(id, (d, t, now) -> d.startInstruction(actor, channel, now));
    }

    /**
     * Requests missing pièces or corrections.
     *
     * @param id the demande
     * @param actor an agent
     * @param channel the channel
     * @param missing the pièces requested
     * @param dueBy the last day to produce them
     * @param reason what is requested, as told to the usager
     * @return the demande and its new version
     */
    public Versioned<Demande> requestPieces(
            DemandeId id, Actor actor, Channel channel, List<PieceType> missing, LocalDate dueBy, String reason) {
        return apply(id, (d, t, now) -> d.requestPieces(actor, channel, now, missing, dueBy, reason, calendar(t)));
    }

    /**
     * Records the arrival of the requested pièces.
     *
     * @param id the demande
     * @param actor the demandeur, or an agent
     * @param channel the channel
     * @param supplied the pièces supplied
     * @return the demande and its new version
     */
    public Versioned<Demande> receivePieces(DemandeId id, Actor actor, Channel channel, List<SuppliedPiece> supplied) {
        return apply(id, (d, t, now) -> d.receivePieces(actor, channel, now, supplied, calendar(t)));
    }

    /**
     * Accepts a demande.
     *
     * @param id the demande
     * @param actor an agent
     * @param channel the channel
     * @param reason the grounds, or null
     * @return the demande and its new version
     */
    public Versioned<Demande> accept(DemandeId id, Actor actor, Channel channel, @Nullable String reason) {
        return apply(id, (d, t, now) -> d.accept(actor, channel, now, reason, calendar(t)));
    }

    /**
     * Refuses a demande.
     *
     * @param id the demande
     * @param actor an agent
     * @param channel the channel
     * @param reason the grounds
     * @return the demande and its new version
     */
    public Versioned<Demande> refuse(DemandeId id, Actor actor, Channel channel, String reason) {
        return apply(id, (d, t, now) -> d.refuse(actor, channel, now, reason, calendar(t)));
    }

    /**
     * Closes a demande without a decision on the merits.
     *
     * @param id the demande
     * @param actor an agent, or the demandeur withdrawing it
     * @param channel the channel
     * @param reason why
     * @return the demande and its new version
     */
    public Versioned<Demande> classerSansSuite(DemandeId id, Actor actor, Channel channel, String reason) {
        return apply(id, (d, t, now) -> d.classerSansSuite(actor, channel, now, reason, calendar(t)));
    }

    /**
     * Reopens a decided demande.
     *
     * @param id the demande
     * @param actor an agent
     * @param channel the channel
     * @param reason why
     * @return the demande and its new version
     */
    public Versioned<Demande> reopen(DemandeId id, Actor actor, Channel channel, String reason) {
        return apply(id, (d, t, now) -> d.reopen(actor, channel, now, reason));
    }

    /**
     * Applies every delay that has run out: implicit acceptances and rejections by the system, late flags. Safe
     * to call from several nodes at once and to call again: a demande changed meanwhile by another node (or an
     * agent) is skipped, as its version moved on; one already decided or flagged is not due any more.
     *
     * @param now the time of the sweep
     * @return what was done, one entry per demande changed by this call
     */
    public List<AutomaticDecision> applyExpiredDeadlines(Instant now) {
        Objects.requireNonNull(now, "now");
        LocalDate today = Demande.day(now);
        List<AutomaticDecision> done = new ArrayList<>();
        Set<DemandeId> seen = new HashSet<>();
        while (true) {
            List<DemandeId> due = store.findExpired(today, SWEEP_PAGE);
            boolean progress = false;
            for (DemandeId id : due) {
                if (!seen.add(id)) {
                    continue;
                }
                progress = true;
                sweep(id, now).ifPresent(done::add);
            }
            if (!progress || due.size() < SWEEP_PAGE) {
                break;
            }
        }
        if (!done.isEmpty()) {
            LOG.info("applied {} expired delays", done.size());
        }
        return List.copyOf(done);
    }

    /**
     * Applies every delay that has run out by the clock's current time.
     *
     * @return what was done
     */
    public List<AutomaticDecision> applyExpiredDeadlines() {
        return applyExpiredDeadlines(clock.instant());
    }

    private Optional<AutomaticDecision> sweep(DemandeId id, Instant now) {
        Optional<Versioned<Demande>> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Versioned<Demande> current = found.get();
        Optional<Teleservice> teleservice = teleservices.apply(current.value().teleservice());
        if (teleservice.isEmpty()) {
            LOG.warn("demande {} names a teleservice that no longer exists: its delay is not applied", id);
            return Optional.empty();
        }
        Optional<Demande> next = current.value().applyExpiredDelay(now, calendar(teleservice.get()));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        try {
            Versioned<Demande> saved =
                    store.save(change(current.value(), current.version(), next.get(), teleservice.get()));
            Demande demande = saved.value();
            LOG.info("demande {}: {}", id, demande.lastStep().action());
            return Optional.of(new AutomaticDecision(
                    id, demande.reference(), demande.lastStep().action(), demande.state()));
        } catch (ConcurrentUpdateException e) {
            LOG.debug("demande {} changed during the sweep: skipped", id);
            return Optional.empty();
        }
    }

    // ---- queries

    /**
     * Finds a demande.
     *
     * @param id its id
     * @return the demande and its version, or empty
     */
    public Optional<Versioned<Demande>> find(DemandeId id) {
        return store.find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Finds a demande by reference, as a usager quotes it.
     *
     * @param reference the reference
     * @return the demande and its version, or empty
     */
    public Optional<Versioned<Demande>> findByReference(DemandeReference reference) {
        return store.findByReference(Objects.requireNonNull(reference, "reference"));
    }

    /**
     * The demandes of a usager, as demandeur or beneficiary.
     *
     * @param usager the usager
     * @return the demandes
     */
    public List<Versioned<Demande>> findByUsager(UsagerId usager) {
        return store.findByUsager(Objects.requireNonNull(usager, "usager"));
    }

    /**
     * The demandes of a foyer's dossier: those filed by or for the foyer itself or any of its members (a parent
     * registering a child, the other parent filing a réclamation), whatever the channel, once each. This is what
     * an agent at the guichet, on the telephone or at the courrier desk looks at when the family calls.
     *
     * {@snippet :
     * for (Versioned<Demande> demande : demandes.findByFoyer(foyer)) {
     *     Demande d = demande.value(); // d.channel(), d.state(), d.history()
     * }
     * }
     *
     * @param foyer the foyer
     * @return the demandes, in creation order (by id)
     */
    public List<Versioned<Demande>> findByFoyer(Foyer foyer) {
        Objects.requireNonNull(foyer, "foyer");
        Map<DemandeId, Versioned<Demande>> found = new TreeMap<>();
        List<UsagerId> usagers = new ArrayList<>();
        usagers.add(foyer.id());
        foyer.membres().forEach(membre -> usagers.add(membre.individu()));
        for (UsagerId usager : usagers) {
            for (Versioned<Demande> demande : store.findByUsager(usager)) {
                found.putIfAbsent(demande.value().id(), demande);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The demandes of a téléservice.
     *
     * @param teleservice its code
     * @return the demandes
     */
    public List<Versioned<Demande>> findByTeleservice(String teleservice) {
        return store.findByTeleservice(Objects.requireNonNull(teleservice, "teleservice"));
    }

    /**
     * The demandes in a state.
     *
     * @param state the state
     * @return the demandes
     */
    public List<Versioned<Demande>> findByState(DemandeState state) {
        return store.findByState(Objects.requireNonNull(state, "state"));
    }

    /**
     * The service level of a téléservice over the demandes received in {@code [from, to)}, as of today.
     *
     * @param teleservice its code
     * @param from the first day
     * @param to the day after the last
     * @return the report
     */
    public ServiceLevel serviceLevel(String teleservice, LocalDate from, LocalDate to) {
        return store.serviceLevel(teleservice, from, to, Demande.day(clock.instant()));
    }

    // ---- internals

    @FunctionalInterface
    private interface Action {
        Demande apply(Demande demande, Teleservice teleservice, Instant now);
    }

    private Versioned<Demande> apply(DemandeId id, Action action) {
        return apply(id, -1, action);
    }

    private Versioned<Demande> apply(DemandeId id, long expectedVersion, Action action) {
        Objects.requireNonNull(id, "id");
        Versioned<Demande> current =
                store.find(id).orElseThrow(() -> new NotFoundException(DemandeStore.AGGREGATE_TYPE, id.toString()));
        if (expectedVersion >= 0 && current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(DemandeStore.AGGREGATE_TYPE, id.toString(), expectedVersion);
        }
        Teleservice teleservice = teleservice(current.value().teleservice());
        Demande next = action.apply(current.value(), teleservice, clock.instant());
        Versioned<Demande> saved = store.save(change(current.value(), current.version(), next, teleservice));
        LOG.info("demande {}: {} -> {}", id, next.lastStep().action(), next.state());
        return saved;
    }

    private Teleservice teleservice(String code) {
        return teleservices.apply(code).orElseThrow(() -> new NotFoundException(TeleserviceStore.AGGREGATE_TYPE, code));
    }

    private static BusinessCalendar calendar(Teleservice teleservice) {
        return teleservice.calendar().businessCalendar();
    }

    /** The change from {@code before} (null for a creation) to {@code after}: events and notifications of new steps. */
    private DemandeChange change(@Nullable Demande before, long version, Demande after, Teleservice teleservice) {
        int first = before == null ? 0 : before.history().size();
        List<JournalEvent> events = new ArrayList<>();
        List<Notification> messages = new ArrayList<>();
        List<Recipient> to = List.copyOf(notifications.recipients().apply(after.demandeur()));
        for (Step step : after.history().subList(first, after.history().size())) {
            events.add(event(after, step));
            Optional<String> code = DemandeMessages.code(after, step);
            if (code.isEmpty()) {
                continue;
            }
            for (Recipient recipient : to) {
                if (notifications
                        .templates()
                        .find(code.get(), recipient.channel())
                        .isEmpty()) {
                    continue;
                }
                NotificationId nid = NotificationId.derived(
                        "demande-step", after.id() + "/" + step.position() + "/" + recipient.channel());
                messages.add(Notification.of(
                        nid,
                        after.demandeur(),
                        recipient,
                        DemandeMessages.render(
                                notifications.templates(),
                                code.get(),
                                after,
                                step,
                                teleservice,
                                recipient.channel(),
                                notifications.trackingUrl().apply(after)),
                        step.at(),
                        after.id()));
            }
        }
        return new DemandeChange(after, version, events, messages);
    }

    private static JournalEvent event(Demande demande, Step step) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reference", demande.reference().toString());
        details.put("teleservice", demande.teleservice());
        details.put("position", Integer.toString(step.position()));
        details.put("to", step.to().name());
        if (step.from() != null) {
            details.put("from", step.from().name());
        }
        details.put("channel", step.channel().name());
        return new JournalEvent(
                step.at(),
                step.actor(),
                "demande."
                        + step.action()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'),
                DemandeStore.AGGREGATE_TYPE,
                demande.id().toString(),
                details);
    }
}
