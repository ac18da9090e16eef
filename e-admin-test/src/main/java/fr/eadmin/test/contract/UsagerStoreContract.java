package fr.eadmin.test.contract;

import static fr.eadmin.test.contract.ContractSamples.association;
import static fr.eadmin.test.contract.ContractSamples.entreprise;
import static fr.eadmin.test.contract.ContractSamples.foyer;
import static fr.eadmin.test.contract.ContractSamples.individu;
import static fr.eadmin.test.contract.ContractSamples.newId;
import static fr.eadmin.test.contract.ContractSamples.newRna;
import static fr.eadmin.test.contract.ContractSamples.newSiret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.spi.UsagerKindChangeException;
import fr.eadmin.core.spi.UsagerStore;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link UsagerStore}: every implementation's test extends this class and provides the
 * store. The tests do not need an empty store: each uses fresh ids, SIRETs and RNA numbers, so that an
 * implementation backed by one database per test class can return the same store every time.
 *
 * {@snippet :
 * class MyUsagerStoreTest extends UsagerStoreContract {
 *     @Override
 *     protected UsagerStore newStore() {
 *         return new MyUsagerStore(...);
 *     }
 * }
 * }
 */
public abstract class UsagerStoreContract extends StoreContract<UsagerStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    /** For subclasses. */
    protected UsagerStoreContract() {}

    // create and find

    @Test
    void createsEachKindAtVersionOneAndFindsItBack() {
        Individu individu = individu("Dupont");
        List<Usager> usagers = List.of(individu, foyer(individu.id()), entreprise(), association());

        for (Usager usager : usagers) {
            Versioned<Usager> created = store().create(usager);

            assertThat(created).isEqualTo(new Versioned<>(usager, 1));
            assertThat(store().find(usager.id())).contains(new Versioned<>(usager, 1));
        }
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(store().find(newId())).isEmpty();
    }

    @Test
    void refusesToCreateAUsagerWhoseIdExists() {
        Individu first = individu("Dupont");
        store().create(first);
        Entreprise sameId = new Entreprise(
                first.id(),
                newSiret(),
                "Autre SARL",
                List.of(),
                null,
                entreprise().contact());

        assertThatThrownBy(() -> store().create(sameId)).isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(UsagerStore.AGGREGATE_TYPE);
            assertThat(e.key()).isEqualTo(first.id().toString());
        });
        assertThat(store().find(first.id())).contains(new Versioned<>(first, 1));
        assertThat(store().findBySiret(sameId.siret())).isEmpty();
    }

    @Test
    void refusesASecondEntrepriseWithTheSameSiret() {
        Siret siret = newSiret();
        Entreprise first = entreprise(siret);
        store().create(first);
        Entreprise second = entreprise(siret);

        assertThatThrownBy(() -> store().create(second)).isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(UsagerStore.AGGREGATE_TYPE);
            assertThat(e.key()).isEqualTo(siret.toString());
        });
        assertThat(store().find(second.id())).isEmpty();
        assertThat(store().findBySiret(siret)).contains(new Versioned<>(first, 1));
    }

    @Test
    void refusesASecondAssociationWithTheSameRna() {
        Rna rna = newRna();
        Association first = association(rna);
        store().create(first);
        Association second = association(rna);

        assertThatThrownBy(() -> store().create(second))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(rna.toString()));
        assertThat(store().find(second.id())).isEmpty();
        assertThat(store().findByRna(rna)).contains(new Versioned<>(first, 1));
    }

    @Test
    void findsEntreprisesBySiretAndAssociationsByRna() {
        Entreprise entreprise = entreprise();
        Association association = association();
        store().create(entreprise);
        store().create(association);

        assertThat(store().findBySiret(entreprise.siret())).contains(new Versioned<>(entreprise, 1));
        assertThat(store().findByRna(association.rna())).contains(new Versioned<>(association, 1));
        assertThat(store().findBySiret(newSiret())).isEmpty();
        assertThat(store().findByRna(newRna())).isEmpty();
    }

    // update

    @Test
    void updatesAndIncrementsTheVersion() {
        Entreprise entreprise = entreprise();
        store().create(entreprise);
        Entreprise renamed = entreprise.withRaisonSociale("Boulangerie Martin et Fils");

        Versioned<Usager> updated = store().update(renamed, 1);
        Versioned<Usager> again = store().update(renamed.withRaisonSociale("Boulangerie Martin"), 2);

        assertThat(updated).isEqualTo(new Versioned<>(renamed, 2));
        assertThat(again.version()).isEqualTo(3);
        assertThat(store().find(entreprise.id())).contains(again);
        assertThat(store().findBySiret(entreprise.siret())).contains(again);
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        Entreprise entreprise = entreprise();
        store().create(entreprise);
        Versioned<Usager> latest = store().update(entreprise.withRaisonSociale("Nouvelle SARL"), 1);

        assertThatThrownBy(() -> store().update(entreprise.withRaisonSociale("Perdue SARL"), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo(UsagerStore.AGGREGATE_TYPE);
                    assertThat(e.aggregateId()).isEqualTo(entreprise.id().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThat(store().find(entreprise.id())).contains(latest);
    }

    @Test
    void refusesAnUpdateBasedOnAVersionNotYetReached() {
        Individu individu = individu("Dupont");
        store().create(individu);

        assertThatThrownBy(() -> store().update(individu, 2)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store().update(individu, 0)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store().find(individu.id())).contains(new Versioned<>(individu, 1));
    }

    @Test
    void refusesToUpdateAnUnknownUsager() {
        Individu individu = individu("Dupont");

        assertThatThrownBy(() -> store().update(individu, 1)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(UsagerStore.AGGREGATE_TYPE);
            assertThat(e.aggregateId()).isEqualTo(individu.id().toString());
        });
        assertThat(store().find(individu.id())).isEmpty();
    }

    @Test
    void refusesToChangeTheKindOfAUsager() {
        Individu individu = individu("Dupont");
        store().create(individu);
        Entreprise entreprise =
                new Entreprise(individu.id(), newSiret(), "Dupont SARL", List.of(), null, individu.contact());

        assertThatThrownBy(() -> store().update(entreprise, 1))
                .isInstanceOfSatisfying(UsagerKindChangeException.class, e -> {
                    assertThat(e.usagerId()).isEqualTo(individu.id());
                    assertThat(e.storedKind()).isEqualTo(UsagerKind.INDIVIDU);
                    assertThat(e.givenKind()).isEqualTo(UsagerKind.ENTREPRISE);
                });
        assertThat(store().find(individu.id())).contains(new Versioned<>(individu, 1));
        assertThat(store().findBySiret(entreprise.siret())).isEmpty();
    }

    @Test
    void refusesAnUpdateToASiretAnotherEntrepriseHas() {
        Entreprise taken = entreprise();
        Entreprise entreprise = entreprise();
        store().create(taken);
        store().create(entreprise);
        Entreprise clash = withSiret(entreprise, taken.siret());

        assertThatThrownBy(() -> store().update(clash, 1))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key())
                        .isEqualTo(taken.siret().toString()));
        assertThat(store().find(entreprise.id())).contains(new Versioned<>(entreprise, 1));
        assertThat(store().findBySiret(taken.siret())).contains(new Versioned<>(taken, 1));
    }

    @Test
    void refusesAnUpdateToAnRnaAnotherAssociationHas() {
        Association taken = association();
        Association association = association();
        store().create(taken);
        store().create(association);
        Association clash = new Association(
                association.id(),
                taken.rna(),
                association.siren(),
                association.nom(),
                association.representants(),
                association.adresse(),
                association.contact());

        assertThatThrownBy(() -> store().update(clash, 1))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key())
                        .isEqualTo(taken.rna().toString()));
        assertThat(store().find(association.id())).contains(new Versioned<>(association, 1));
    }

    @Test
    void freesTheOldSiretWhenAnEntrepriseChangesIt() {
        Entreprise entreprise = entreprise();
        store().create(entreprise);
        Siret old = entreprise.siret();
        Entreprise moved = withSiret(entreprise, newSiret());

        store().update(moved, 1);

        assertThat(store().findBySiret(old)).isEmpty();
        assertThat(store().findBySiret(moved.siret())).contains(new Versioned<>(moved, 2));
        Entreprise successor = entreprise(old);
        assertThat(store().create(successor).version()).isEqualTo(1);
    }

    @Test
    void reportsTheFirstFailureInTheDocumentedOrder() {
        Individu individu = individu("Dupont");
        store().create(individu);
        store().update(individu, 1);
        Entreprise other = entreprise();
        store().create(other);
        Entreprise kindChangeAndDuplicate = withSiret(entreprise(), other.siret());
        Entreprise sameIdAsIndividu = new Entreprise(
                individu.id(),
                kindChangeAndDuplicate.siret(),
                kindChangeAndDuplicate.raisonSociale(),
                List.of(),
                null,
                kindChangeAndDuplicate.contact());

        // unknown id wins over everything
        assertThatThrownBy(() -> store().update(kindChangeAndDuplicate, 7)).isInstanceOf(NotFoundException.class);
        // stale version wins over kind change and duplicate key
        assertThatThrownBy(() -> store().update(sameIdAsIndividu, 1)).isInstanceOf(ConcurrentUpdateException.class);
        // kind change wins over duplicate key
        assertThatThrownBy(() -> store().update(sameIdAsIndividu, 2)).isInstanceOf(UsagerKindChangeException.class);
        assertThat(store().find(individu.id())).contains(new Versioned<>(individu, 2));
    }

    // delete

    @Test
    void deletesAUsagerAndFreesItsKeys() {
        Entreprise entreprise = entreprise();
        store().create(entreprise);
        store().update(entreprise, 1);

        store().delete(entreprise.id(), 2);

        assertThat(store().find(entreprise.id())).isEmpty();
        assertThat(store().findBySiret(entreprise.siret())).isEmpty();
        assertThat(store().create(entreprise(entreprise.siret())).version()).isEqualTo(1);
        assertThat(store().create(withSiret(entreprise, newSiret())).version()).isEqualTo(1);
    }

    @Test
    void refusesADeleteBasedOnAStaleVersion() {
        Association association = association();
        store().create(association);
        store().update(association, 1);

        assertThatThrownBy(() -> store().delete(association.id(), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store().find(association.id())).contains(new Versioned<>(association, 2));
    }

    @Test
    void refusesToDeleteAnUnknownUsager() {
        UsagerId id = newId();

        assertThatThrownBy(() -> store().delete(id, 1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.aggregateId())
                        .isEqualTo(id.toString()));
    }

    @Test
    void refusesToUpdateOrDeleteADeletedUsager() {
        Individu individu = individu("Dupont");
        store().create(individu);
        store().delete(individu.id(), 1);

        assertThatThrownBy(() -> store().update(individu, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().delete(individu.id(), 1)).isInstanceOf(NotFoundException.class);
    }

    // foyers

    @Test
    void findsTheFoyersOfAnIndividuWhateverItsRole() {
        UsagerId parent = newId();
        UsagerId otherParent = newId();
        UsagerId enfant = newId();
        Foyer first = foyer(parent, enfant);
        Foyer second = foyer(otherParent, enfant);
        Foyer unrelated = foyer(newId());
        store().create(second);
        store().create(first);
        store().create(unrelated);

        assertThat(store().foyersOf(enfant)).containsExactly(new Versioned<>(first, 1), new Versioned<>(second, 1));
        assertThat(store().foyersOf(parent)).containsExactly(new Versioned<>(first, 1));
        assertThat(store().foyersOf(newId())).isEmpty();
    }

    @Test
    void followsTheMembersOfAFoyerThroughUpdatesAndDeletes() {
        UsagerId parent = newId();
        UsagerId enfant = newId();
        UsagerId nouveauNe = newId();
        Foyer foyer = foyer(parent, enfant);
        store().create(foyer);

        Foyer changed = foyer.withoutMembre(enfant).withMembre(nouveauNe, RoleFoyer.ENFANT);
        store().update(changed, 1);

        assertThat(store().foyersOf(enfant)).isEmpty();
        assertThat(store().foyersOf(nouveauNe)).containsExactly(new Versioned<>(changed, 2));
        assertThat(store().foyersOf(parent)).containsExactly(new Versioned<>(changed, 2));

        store().delete(foyer.id(), 2);

        assertThat(store().foyersOf(parent)).isEmpty();
        assertThat(store().foyersOf(nouveauNe)).isEmpty();
    }

    @Test
    void doesNotRequireTheMembersOfAFoyerToBeStored() {
        Individu parent = individu("Dupont");
        store().create(parent);
        Foyer foyer = foyer(parent.id(), newId());
        store().create(foyer);

        store().delete(parent.id(), 1);

        assertThat(store().find(foyer.id())).contains(new Versioned<>(foyer, 1));
        assertThat(store().foyersOf(parent.id())).containsExactly(new Versioned<>(foyer, 1));
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> store().create(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().update(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().delete(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().findBySiret(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().findByRna(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().foyersOf(null)).isInstanceOf(NullPointerException.class);
    }

    // concurrency

    @Test
    void letsExactlyOneOfConcurrentWritersOfTheSameVersionWin() throws Exception {
        Entreprise entreprise = entreprise();
        store().create(entreprise);
        List<Callable<Optional<Versioned<Usager>>>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Entreprise change = entreprise.withRaisonSociale("Raison sociale " + i);
            writers.add(() -> {
                try {
                    return Optional.of(store().update(change, 1));
                } catch (ConcurrentUpdateException e) {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    return Optional.empty();
                }
            });
        }

        List<Versioned<Usager>> winners = Concurrency.runTogether(writers).stream()
                .flatMap(Optional::stream)
                .toList();

        assertThat(winners).hasSize(1);
        assertThat(winners.get(0).version()).isEqualTo(2);
        assertThat(store().find(entreprise.id())).contains(winners.get(0));
    }

    @Test
    void letsExactlyOneOfConcurrentCreatorsOfTheSameSiretWin() throws Exception {
        Siret siret = newSiret();
        List<Callable<Boolean>> creators = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Entreprise entreprise = entreprise(siret);
            creators.add(() -> {
                try {
                    store().create(entreprise);
                    return true;
                } catch (DuplicateKeyException e) {
                    assertThat(e.key()).isEqualTo(siret.toString());
                    return false;
                }
            });
        }

        List<Boolean> created = Concurrency.runTogether(creators);

        assertThat(created).containsOnlyOnce(true);
        assertThat(store().findBySiret(siret)).isPresent();
    }

    @Test
    void keepsEveryChangeOfWritersThatRetry() throws Exception {
        UsagerId parent = newId();
        Foyer foyer = foyer(parent);
        store().create(foyer);
        List<UsagerId> enfants = new ArrayList<>();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            UsagerId enfant = newId();
            enfants.add(enfant);
            writers.add(() -> {
                int conflicts = 0;
                while (true) {
                    Versioned<Usager> read = store().find(foyer.id()).orElseThrow();
                    Foyer changed = ((Foyer) read.value()).withMembre(enfant, RoleFoyer.ENFANT);
                    try {
                        store().update(changed, read.version());
                        return conflicts;
                    } catch (ConcurrentUpdateException e) {
                        conflicts++;
                    }
                }
            });
        }

        Concurrency.runTogether(writers);

        Versioned<Usager> result = store().find(foyer.id()).orElseThrow();
        assertThat(result.version()).isEqualTo(1 + THREADS);
        Foyer stored = (Foyer) result.value();
        assertThat(stored.enfants()).containsExactlyInAnyOrderElementsOf(enfants);
        for (UsagerId enfant : enfants) {
            assertThat(store().foyersOf(enfant)).containsExactly(new Versioned<>(stored, 1 + THREADS));
        }
    }

    private static Entreprise withSiret(Entreprise entreprise, Siret siret) {
        return new Entreprise(
                entreprise.id(),
                siret,
                entreprise.raisonSociale(),
                entreprise.representants(),
                entreprise.siege(),
                entreprise.contact());
    }
}
