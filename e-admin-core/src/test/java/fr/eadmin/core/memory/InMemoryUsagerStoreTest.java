package fr.eadmin.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.Samples;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.spi.UsagerKindChangeException;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryUsagerStoreTest {
    private final InMemoryUsagerStore store = InMemoryUsagerStore.create();

    @Test
    void createsAtVersionOneAndFindsById() {
        Individu claire = Samples.claire();
        assertThat(store.create(claire)).isEqualTo(new Versioned<Usager>(claire, 1));
        assertThat(store.find(claire.id())).contains(new Versioned<>(claire, 1));
        assertThat(store.find(UsagerId.random())).isEmpty();
    }

    @Test
    void rejectsASecondUsagerWithTheSameId() {
        Individu claire = Samples.claire();
        store.create(claire);
        assertThatThrownBy(() -> store.create(claire.withNomUsage(
                        "Martin", claire.certification(fr.eadmin.core.usager.IdentityAttribute.NOM_USAGE))))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("usager " + claire.id() + " already exists");
    }

    @Test
    void updatesWithTheExpectedVersionOnly() {
        Entreprise boulangerie = Samples.boulangerie();
        store.create(boulangerie);
        Entreprise renamed = boulangerie.withRaisonSociale("Boulangerie Martin");
        assertThat(store.update(renamed, 1)).isEqualTo(new Versioned<Usager>(renamed, 2));
        assertThatThrownBy(() -> store.update(boulangerie, 1))
                .isInstanceOf(ConcurrentUpdateException.class)
                .extracting(e -> ((ConcurrentUpdateException) e).expectedVersion())
                .isEqualTo(1L);
        assertThat(store.find(boulangerie.id()).orElseThrow()).isEqualTo(new Versioned<Usager>(renamed, 2));
    }

    @Test
    void rejectsAnUpdateOfAnUnknownUsager() {
        assertThatThrownBy(() -> store.update(Samples.claire(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.update(Samples.claire(), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesToChangeTheKindOfAUsager() {
        Individu claire = Samples.claire();
        store.create(claire);
        Foyer foyer = Foyer.of(claire.id(), "Famille", UsagerId.random());
        assertThatThrownBy(() -> store.update(foyer, 1))
                .isInstanceOf(UsagerKindChangeException.class)
                .satisfies(e -> {
                    UsagerKindChangeException change = (UsagerKindChangeException) e;
                    assertThat(change.storedKind()).isEqualTo(UsagerKind.INDIVIDU);
                    assertThat(change.givenKind()).isEqualTo(UsagerKind.FOYER);
                    assertThat(change.usagerId()).isEqualTo(claire.id());
                });
        assertThat(store.find(claire.id()).orElseThrow().value()).isEqualTo(claire);
    }

    @Test
    void reportsAConcurrentUpdateBeforeAKindChange() {
        Individu claire = Samples.claire();
        store.create(claire);
        assertThatThrownBy(() -> store.update(Foyer.of(claire.id(), "Famille", UsagerId.random()), 2))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void keepsOneEntreprisePerSiret() {
        Entreprise boulangerie = Samples.boulangerie();
        store.create(boulangerie);
        Entreprise copie =
                new Entreprise(UsagerId.random(), boulangerie.siret(), "Copie", List.of(), null, boulangerie.contact());
        assertThatThrownBy(() -> store.create(copie))
                .isInstanceOf(DuplicateKeyException.class)
                .extracting(e -> ((DuplicateKeyException) e).key())
                .isEqualTo(boulangerie.siret().toString());
        assertThat(store.find(copie.id())).isEmpty();
        assertThat(store.findBySiret(boulangerie.siret()).orElseThrow().value()).isEqualTo(boulangerie);
    }

    @Test
    void rejectsAnUpdateToAnotherEntreprisesSiret() {
        Entreprise first = Samples.boulangerie();
        Siret other = Siret.parse("35600000000048");
        Entreprise second = new Entreprise(UsagerId.random(), other, "La Poste", List.of(), null, first.contact());
        store.create(first);
        store.create(second);
        Entreprise stolen = new Entreprise(second.id(), first.siret(), "La Poste", List.of(), null, first.contact());
        assertThatThrownBy(() -> store.update(stolen, 1)).isInstanceOf(DuplicateKeyException.class);
        assertThat(store.find(second.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.findBySiret(other).orElseThrow().value()).isEqualTo(second);
    }

    @Test
    void movesTheSiretIndexWhenTheSiretChanges() {
        Entreprise boulangerie = Samples.boulangerie();
        store.create(boulangerie);
        Siret moved = Siret.parse("35600000000048");
        Entreprise demenagee = new Entreprise(
                boulangerie.id(), moved, boulangerie.raisonSociale(), List.of(), null, boulangerie.contact());
        store.update(demenagee, 1);
        assertThat(store.findBySiret(boulangerie.siret())).isEmpty();
        assertThat(store.findBySiret(moved).orElseThrow().version()).isEqualTo(2);
        Entreprise reprise = new Entreprise(
                UsagerId.random(), boulangerie.siret(), "Reprise", List.of(), null, boulangerie.contact());
        assertThat(store.create(reprise).version()).isEqualTo(1);
    }

    @Test
    void keepsOneAssociationPerRna() {
        Association club = Samples.club();
        store.create(club);
        assertThat(store.findByRna(club.rna()).orElseThrow().value()).isEqualTo(club);
        assertThat(store.findByRna(Rna.parse("W2A1000019"))).isEmpty();
        Association copie =
                new Association(UsagerId.random(), club.rna(), null, "Copie", List.of(), null, club.contact());
        assertThatThrownBy(() -> store.create(copie))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining(club.rna().toString());
    }

    @Test
    void deletesWithTheExpectedVersionAndFreesTheKeys() {
        Association club = Samples.club();
        store.create(club);
        assertThatThrownBy(() -> store.delete(club.id(), 2)).isInstanceOf(ConcurrentUpdateException.class);
        store.delete(club.id(), 1);
        assertThat(store.find(club.id())).isEmpty();
        assertThat(store.findByRna(club.rna())).isEmpty();
        assertThatThrownBy(() -> store.delete(club.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(store.create(club).version()).isEqualTo(1);
    }

    @Test
    void findsTheFoyersOfAnIndividu() {
        Individu claire = Samples.claire();
        Individu karim = Samples.karim();
        UsagerId enfant = UsagerId.random();
        Foyer famille = Samples.foyer(claire.id(), karim.id(), enfant);
        Foyer recomposee =
                Foyer.of(UsagerId.random(), "Famille Benali", karim.id()).withMembre(enfant, RoleFoyer.ENFANT);
        store.create(claire);
        store.create(karim);
        store.create(famille);
        store.create(recomposee);
        assertThat(store.foyersOf(claire.id())).containsExactly(new Versioned<>(famille, 1));
        assertThat(store.foyersOf(enfant)).extracting(Versioned::value).containsExactly(famille, recomposee);
        assertThat(store.foyersOf(UsagerId.random())).isEmpty();
        store.update(famille.withoutMembre(enfant), 1);
        assertThat(store.foyersOf(enfant)).containsExactly(new Versioned<>(recomposee, 1));
    }

    @Test
    void letsExactlyOneOfConcurrentUpdatesOfTheSameVersionWin() throws Exception {
        Entreprise boulangerie = Samples.boulangerie();
        store.create(boulangerie);
        int threads = 8;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Entreprise change = boulangerie.withRaisonSociale("Boulangerie " + i);
                results.add(executor.submit(() -> {
                    start.await();
                    try {
                        store.update(change, 1);
                        return true;
                    } catch (ConcurrentUpdateException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(store.find(boulangerie.id()).orElseThrow().version()).isEqualTo(2);
        } finally {
            executor.shutdownNow();
        }
    }
}
