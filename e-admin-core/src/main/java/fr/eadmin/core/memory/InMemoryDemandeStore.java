package fr.eadmin.core.memory;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeChange;
import fr.eadmin.core.demande.DemandeDelay;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.LateDemande;
import fr.eadmin.core.demande.Processing;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A {@link DemandeStore} in memory, for tests and demonstrations, writing the journal events to an {@link
 * InMemoryJournal} and the notifications to an {@link InMemoryOutbox}. Each change is atomic: one lock guards the
 * demandes, the journal appends and the outbox enqueues of a save.
 */
public final class InMemoryDemandeStore implements DemandeStore {
    private final Object lock = new Object();
    private final TreeMap<DemandeId, Versioned<Demande>> demandes = new TreeMap<>();
    private final Map<DemandeReference, DemandeId> byReference = new HashMap<>();
    private final Map<Integer, Long> sequences = new HashMap<>();
    private final InMemoryJournal journal;
    private final InMemoryOutbox outbox;

    private InMemoryDemandeStore(InMemoryJournal journal, InMemoryOutbox outbox) {
        this.journal = journal;
        this.outbox = outbox;
    }

    /**
     * A store writing to this journal and outbox.
     *
     * @param journal the journal
     * @param outbox the outbox
     * @return an empty store
     */
    public static InMemoryDemandeStore create(InMemoryJournal journal, InMemoryOutbox outbox) {
        return new InMemoryDemandeStore(
                Objects.requireNonNull(journal, "journal"), Objects.requireNonNull(outbox, "outbox"));
    }

    /**
     * The journal this store appends to.
     *
     * @return the journal
     */
    public InMemoryJournal journal() {
        return journal;
    }

    /**
     * The outbox this store enqueues to.
     *
     * @return the outbox
     */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    @Override
    public DemandeReference allocateReference(int year) {
        synchronized (lock) {
            long next = sequences.getOrDefault(year, 0L) + 1;
            DemandeReference reference = new DemandeReference(year, next);
            sequences.put(year, next);
            return reference;
        }
    }

    @Override
    public Versioned<Demande> save(DemandeChange change) {
        Objects.requireNonNull(change, "change");
        Demande demande = change.demande();
        synchronized (lock) {
            Versioned<Demande> current = demandes.get(demande.id());
            if (change.creates()) {
                if (current != null) {
                    throw new DuplicateKeyException(AGGREGATE_TYPE, demande.id().toString());
                }
                if (byReference.containsKey(demande.reference())) {
                    throw new DuplicateKeyException(
                            AGGREGATE_TYPE, demande.reference().toString());
                }
            } else {
                if (current == null) {
                    throw new NotFoundException(AGGREGATE_TYPE, demande.id().toString());
                }
                if (current.version() != change.expectedVersion()) {
                    throw new ConcurrentUpdateException(
                            AGGREGATE_TYPE, demande.id().toString(), change.expectedVersion());
                }
                if (!current.value().reference().equals(demande.reference())) {
                    throw new IllegalArgumentException("the reference of a demande never changes");
                }
            }
            journal.append(change.events());
            outbox.enqueue(change.notifications());
            Versioned<Demande> stored = new Versioned<>(demande, change.expectedVersion() + 1);
            demandes.put(demande.id(), stored);
            byReference.put(demande.reference(), demande.id());
            return stored;
        }
    }

    @Override
    public Optional<Versioned<Demande>> find(DemandeId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(demandes.get(id));
        }
    }

    @Override
    public Optional<Versioned<Demande>> findByReference(DemandeReference reference) {
        Objects.requireNonNull(reference, "reference");
        synchronized (lock) {
            DemandeId id = byReference.get(reference);
            return id == null ? Optional.empty() : Optional.ofNullable(demandes.get(id));
        }
    }

    @Override
    public List<Versioned<Demande>> findByUsager(UsagerId usager) {
        Objects.requireNonNull(usager, "usager");
        return select(d -> d.demandeur().equals(usager) || d.beneficiary().equals(usager));
    }

    @Override
    public List<Versioned<Demande>> findByTeleservice(String teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        return select(d -> d.teleservice().equals(teleservice));
    }

    @Override
    public List<Versioned<Demande>> findByState(DemandeState state) {
        Objects.requireNonNull(state, "state");
        return select(d -> d.state() == state);
    }

    @Override
    public List<DemandeId> findExpired(LocalDate today, int max) {
        Objects.requireNonNull(today, "today");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        synchronized (lock) {
            return demandes.values().stream()
                    .map(Versioned::value)
                    .filter(d -> d.state().isPending()
                            && d.delay() != null
                            && d.delay().expiredOn(today))
                    .sorted(Comparator.comparing((Demande d) -> Objects.requireNonNull(
                                    Objects.requireNonNull(d.delay()).deadline()))
                            .thenComparing(Demande::id))
                    .limit(max)
                    .map(Demande::id)
                    .toList();
        }
    }

    @Override
    public ServiceLevel serviceLevel(String teleservice, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        long received = 0;
        long decided = 0;
        long within = 0;
        long implicit = 0;
        TreeMap<Integer, Long> days = new TreeMap<>();
        TreeMap<Integer, Long> businessDays = new TreeMap<>();
        List<LateDemande> late = new ArrayList<>();
        synchronized (lock) {
            for (Versioned<Demande> versioned : demandes.values()) {
                Demande demande = versioned.value();
                DemandeDelay delay = demande.delay();
                if (!demande.teleservice().equals(teleservice)
                        || delay == null
                        || delay.receivedOn().isBefore(from)
                        || !delay.receivedOn().isBefore(to)) {
                    continue;
                }
                received++;
                Processing processing = delay.processing();
                if (demande.state().isDecision() && processing != null) {
                    decided++;
                    within += processing.withinDelay() ? 1 : 0;
                    implicit += processing.implicit() ? 1 : 0;
                    days.merge(processing.days(), 1L, Long::sum);
                    businessDays.merge(processing.businessDays(), 1L, Long::sum);
                } else if (isLate(demande, delay, asOf)) {
                    late.add(new LateDemande(
                            demande.id(), demande.reference(), demande.state(), delay.deadline(), delay.late()));
                }
            }
        }
        late.sort(Comparator.comparing((LateDemande l) -> Objects.requireNonNull(l.deadline()))
                .thenComparing(LateDemande::id));
        return new ServiceLevel(
                teleservice, from, to, asOf, received, decided, within, implicit, days, businessDays, late);
    }

    /** Pending with a known deadline before {@code asOf}: the definition the JDBC store applies in SQL. */
    static boolean isLate(Demande demande, DemandeDelay delay, LocalDate asOf) {
        LocalDate deadline = delay.deadline();
        return demande.state().isPending() && deadline != null && deadline.isBefore(asOf);
    }

    private List<Versioned<Demande>> select(Predicate<Demande> filter) {
        synchronized (lock) {
            return demandes.values().stream()
                    .filter(v -> filter.test(v.value()))
                    .limit(MAX_LIST)
                    .toList();
        }
    }

    @Override
    public String toString() {
        return "InMemoryDemandeStore";
    }
}
