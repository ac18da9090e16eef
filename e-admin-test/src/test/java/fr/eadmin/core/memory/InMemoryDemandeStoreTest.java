package fr.eadmin.core.memory;

import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.test.contract.DemandeStoreContract;
import java.time.Clock;

class InMemoryDemandeStoreTest extends DemandeStoreContract {
    private final InMemoryJournal journal = InMemoryJournal.create();
    private final InMemoryOutbox outbox = InMemoryOutbox.create(Clock.systemUTC());

    @Override
    protected DemandeStore newStore() {
        return InMemoryDemandeStore.create(journal, outbox);
    }

    @Override
    protected Journal journal() {
        return journal;
    }

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
