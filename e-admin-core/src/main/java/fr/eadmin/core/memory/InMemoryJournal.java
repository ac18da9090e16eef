package fr.eadmin.core.memory;

import fr.eadmin.core.journal.EmptyJournalException;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.journal.JournalHash;
import fr.eadmin.core.journal.JournalSeal;
import fr.eadmin.core.journal.JournalVerification;
import fr.eadmin.core.journal.JournalVerifier;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Timestamper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Journal} in memory, for tests and demonstrations. Thread-safe: appends are serialised by a lock,
 * so positions stay gapless and the chain unbroken. Nothing survives the JVM.
 */
public final class InMemoryJournal implements Journal {
    private final Object lock = new Object();
    private final List<JournalEntry> entries = new ArrayList<>();
    private final Map<Subject, List<JournalEntry>> bySubject = new HashMap<>();
    private final List<JournalSeal> seals = new ArrayList<>();

    private InMemoryJournal() {}

    /**
     * A new, empty store.
     *
     * @return the store
     */
    public static InMemoryJournal create() {
        return new InMemoryJournal();
    }

    @Override
    public List<JournalEntry> append(List<JournalEvent> events) {
        Objects.requireNonNull(events, "events");
        List<JournalEvent> toAppend = List.copyOf(events);
        synchronized (lock) {
            List<JournalEntry> appended = new ArrayList<>(toAppend.size());
            @Nullable JournalEntry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            for (JournalEvent event : toAppend) {
                JournalEntry entry = previous == null ? JournalEntry.first(event) : previous.next(event);
                appended.add(entry);
                previous = entry;
            }
            for (JournalEntry entry : appended) {
                entries.add(entry);
                bySubject
                        .computeIfAbsent(Subject.of(entry.event()), subject -> new ArrayList<>())
                        .add(entry);
            }
            return List.copyOf(appended);
        }
    }

    @Override
    public List<JournalEntry> read(long fromPosition, int limit) {
        checkPage(fromPosition, limit);
        synchronized (lock) {
            if (fromPosition > entries.size()) {
                return List.of();
            }
            int from = (int) (fromPosition - 1);
            return List.copyOf(entries.subList(from, (int) Math.min(entries.size(), (long) from + limit)));
        }
    }

    @Override
    public List<JournalEntry> about(String subjectType, String subjectId) {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        synchronized (lock) {
            return List.copyOf(bySubject.getOrDefault(new Subject(subjectType, subjectId), List.of()));
        }
    }

    @Override
    public Optional<JournalEntry> head() {
        synchronized (lock) {
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
        }
    }

    @Override
    public JournalVerification verify() {
        return check(null);
    }

    @Override
    public JournalVerification verify(Timestamper timestamper) {
        return check(Objects.requireNonNull(timestamper, "timestamper"));
    }

    private JournalVerification check(@Nullable Timestamper timestamper) {
        List<JournalEntry> snapshot;
        List<JournalSeal> sealed;
        synchronized (lock) {
            snapshot = List.copyOf(entries);
            sealed = List.copyOf(seals);
        }
        JournalVerifier verifier = JournalVerifier.create(sealed, timestamper);
        for (JournalEntry entry : snapshot) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish();
    }

    @Override
    public JournalSeal seal(Timestamper timestamper) {
        Objects.requireNonNull(timestamper, "timestamper");
        JournalEntry head = head().orElseThrow(EmptyJournalException::new);
        JournalHash hash = head.hash();
        JournalSeal seal = new JournalSeal(head.position(), hash, timestamper.timestamp(hash.bytes()));
        synchronized (lock) {
            int index = seals.size();
            while (index > 0 && seals.get(index - 1).position() > seal.position()) {
                index--;
            }
            seals.add(index, seal);
        }
        return seal;
    }

    @Override
    public List<JournalSeal> seals() {
        synchronized (lock) {
            return List.copyOf(seals);
        }
    }

    static void checkPage(long fromPosition, int limit) {
        if (fromPosition < 1) {
            throw new IllegalArgumentException("journal positions start at 1");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " entries");
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemoryJournal[" + entries.size() + " entries, " + seals.size() + " seals]";
        }
    }

    private record Subject(String type, String id) {
        static Subject of(JournalEvent event) {
            return new Subject(event.subjectType(), event.subjectId());
        }
    }
}
