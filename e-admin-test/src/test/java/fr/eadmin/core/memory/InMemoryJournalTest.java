package fr.eadmin.core.memory;

import fr.eadmin.core.spi.Journal;
import fr.eadmin.test.contract.JournalContract;

class InMemoryJournalTest extends JournalContract {
    @Override
    protected Journal newJournal() {
        return InMemoryJournal.create();
    }
}
