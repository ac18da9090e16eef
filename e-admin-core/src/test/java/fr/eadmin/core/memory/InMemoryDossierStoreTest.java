package fr.eadmin.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.Samples;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryDossierStoreTest {
    private final InMemoryDossierStore store = InMemoryDossierStore.create();
    private final UsagerId usager = UsagerId.random();

    @Test
    void createsOneDossierPerUsager() {
        DossierUsager dossier = Samples.dossier(usager);
        assertThat(store.create(dossier)).isEqualTo(new Versioned<>(dossier, 1));
        assertThat(store.find(usager)).contains(new Versioned<>(dossier, 1));
        assertThat(store.find(UsagerId.random())).isEmpty();
        assertThatThrownBy(() -> store.create(DossierUsager.empty(usager)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("dossier " + usager + " already exists");
        assertThat(store.find(usager).orElseThrow().value()).isEqualTo(dossier);
    }

    @Test
    void updatesWithTheExpectedVersionOnly() {
        store.create(DossierUsager.empty(usager));
        DossierUsager withFacture = DossierUsager.empty(usager).withPiece(Samples.facture(LocalDate.of(2026, 2, 1)));
        assertThat(store.update(withFacture, 1)).isEqualTo(new Versioned<>(withFacture, 2));
        assertThatThrownBy(() -> store.update(DossierUsager.empty(usager), 1))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(usager).orElseThrow()).isEqualTo(new Versioned<>(withFacture, 2));
    }

    @Test
    void rejectsAnUpdateOfAnUnknownDossier() {
        assertThatThrownBy(() -> store.update(DossierUsager.empty(usager), 1))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("dossier " + usager + " does not exist");
        assertThatThrownBy(() -> store.update(DossierUsager.empty(usager), 0)).isInstanceOf(NotFoundException.class);
        assertThat(store.find(usager)).isEmpty();
    }

    @Test
    void deletesWithTheExpectedVersion() {
        store.create(DossierUsager.empty(usager));
        assertThatThrownBy(() -> store.delete(usager, 3)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(usager)).isPresent();
        store.delete(usager, 1);
        assertThat(store.find(usager)).isEmpty();
        assertThatThrownBy(() -> store.delete(usager, 1)).isInstanceOf(NotFoundException.class);
    }
}
