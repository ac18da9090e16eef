package fr.eadmin.archive.spi;

import fr.eadmin.archive.elimination.EliminationItem;

/**
 * Deletes or pseudonymises the operational data of an eliminated record, in the application's stores. Called
 * only for the items of an approved elimination proposal. Implementations are idempotent (a record already
 * purged gives {@link PurgeOutcome#ALREADY_ABSENT}) and never log personal data.
 */
@FunctionalInterface
public interface OperationalDataPurger {
    /**
     * Purges one record.
     *
     * @param item the record
     * @return what was done
     */
    PurgeOutcome purge(EliminationItem item);
}
