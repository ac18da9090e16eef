package fr.eadmin.core.demande;

import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * One atomic change of a demande, as a {@link fr.eadmin.core.spi.DemandeStore} writes it: the demande's new
 * value, the version it was based on, the journal entries recording it and the notifications it causes. All of
 * it is committed together, or nothing.
 *
 * @param demande the new value
 * @param expectedVersion the version the change was based on; 0 to create the demande
 * @param events the journal events, appended in this order
 * @param notifications the notifications, enqueued (de-duplicated by id)
 */
public record DemandeChange(
        Demande demande, long expectedVersion, List<JournalEvent> events, List<Notification> notifications) {
    /** Checks the values. */
    public DemandeChange {
        Objects.requireNonNull(demande, "demande");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("the expected version is 0 (creation) or more");
        }
        events = List.copyOf(events);
        notifications = List.copyOf(notifications);
    }

    /**
     * Whether this change creates the demande.
     *
     * @return true if the expected version is 0
     */
    public boolean creates() {
        return expectedVersion == 0;
    }
}
