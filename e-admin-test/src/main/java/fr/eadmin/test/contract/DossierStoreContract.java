package fr.eadmin.test.contract;

import static fr.eadmin.test.contract.ContractSamples.dossier;
import static fr.eadmin.test.contract.ContractSamples.newId;
import static fr.eadmin.test.contract.ContractSamples.piece;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.UsagerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DossierStore}: every implementation's test extends this class and provides the
 * store. The tests do not need an empty store: each uses fresh usager ids.
 *
 * {@snippet :
 * class MyDossierStoreTest extends DossierStoreContract {
 *     @Override
 *     protected DossierStore newStore() {
 *         return new MyDossierStore(...);
 *     }
 * }
 * }
 */
public abstract class DossierStoreContract extends StoreContract<DossierStore> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    /** For subclasses. */
    protected DossierStoreContract() {}

    @Test
    void createsAnEmptyDossierAtVersionOneAndFindsItBack() {
        DossierUsager dossier = DossierUsager.empty(newId());

        assertThat(store().create(dossier)).isEqualTo(new Versioned<>(dossier, 1));
        assertThat(store().find(dossier.usager())).contains(new Versioned<>(dossier, 1));
    }

    @Test
    void keepsEveryDetailOfThePieces() {
        DemandeId demande = DemandeId.generate(ContractSamples.CLOCK);
        DossierUsager dossier = dossier(newId(), 3);
        PieceJustificative first = dossier.pieces().get(0);
        DossierUsager used = dossier.markUsed(first.id(), demande);

        store().create(used);

        Versioned<DossierUsager> found = store().find(used.usager()).orElseThrow();
        assertThat(found.value()).isEqualTo(used);
        assertThat(found.value().piecesUsedBy(demande))
                .extracting(PieceJustificative::id)
                .containsExactly(first.id());
    }

    @Test
    void findsNothingForAUsagerWithoutDossier() {
        assertThat(store().find(newId())).isEmpty();
    }

    @Test
    void refusesASecondDossierForTheSameUsager() {
        DossierUsager first = dossier(newId(), 1);
        store().create(first);

        assertThatThrownBy(() -> store().create(DossierUsager.empty(first.usager())))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo(DossierStore.AGGREGATE_TYPE);
                    assertThat(e.key()).isEqualTo(first.usager().toString());
                });
        assertThat(store().find(first.usager())).contains(new Versioned<>(first, 1));
    }

    @Test
    void updatesAndIncrementsTheVersion() {
        DossierUsager dossier = DossierUsager.empty(newId());
        store().create(dossier);
        DossierUsager withPiece = dossier.withPiece(piece(1));

        Versioned<DossierUsager> updated = store().update(withPiece, 1);
        Versioned<DossierUsager> again = store().update(withPiece.withPiece(piece(2)), 2);

        assertThat(updated).isEqualTo(new Versioned<>(withPiece, 2));
        assertThat(again.version()).isEqualTo(3);
        assertThat(store().find(dossier.usager())).contains(again);
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        DossierUsager dossier = DossierUsager.empty(newId());
        store().create(dossier);
        Versioned<DossierUsager> latest = store().update(dossier.withPiece(piece(1)), 1);

        assertThatThrownBy(() -> store().update(dossier.withPiece(piece(2)), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo(DossierStore.AGGREGATE_TYPE);
                    assertThat(e.aggregateId()).isEqualTo(dossier.usager().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThatThrownBy(() -> store().update(dossier, 3)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store().find(dossier.usager())).contains(latest);
    }

    @Test
    void refusesToUpdateAnUnknownDossier() {
        DossierUsager dossier = DossierUsager.empty(newId());

        assertThatThrownBy(() -> store().update(dossier, 1)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(DossierStore.AGGREGATE_TYPE);
            assertThat(e.aggregateId()).isEqualTo(dossier.usager().toString());
        });
        assertThat(store().find(dossier.usager())).isEmpty();
    }

    @Test
    void deletesADossierAndAllowsANewOne() {
        DossierUsager dossier = dossier(newId(), 2);
        store().create(dossier);
        store().update(dossier.withPiece(piece(3)), 1);

        store().delete(dossier.usager(), 2);

        assertThat(store().find(dossier.usager())).isEmpty();
        assertThat(store().create(DossierUsager.empty(dossier.usager())).version())
                .isEqualTo(1);
    }

    @Test
    void refusesADeleteBasedOnAStaleVersion() {
        DossierUsager dossier = DossierUsager.empty(newId());
        store().create(dossier);
        store().update(dossier.withPiece(piece(1)), 1);

        assertThatThrownBy(() -> store().delete(dossier.usager(), 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store().find(dossier.usager())).map(Versioned::version).contains(2L);
    }

    @Test
    void refusesToDeleteAnUnknownOrDeletedDossier() {
        UsagerId usager = newId();

        assertThatThrownBy(() -> store().delete(usager, 1)).isInstanceOf(NotFoundException.class);

        store().create(DossierUsager.empty(usager));
        store().delete(usager, 1);

        assertThatThrownBy(() -> store().delete(usager, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().update(DossierUsager.empty(usager), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> store().create(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().update(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().delete(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void letsExactlyOneOfConcurrentWritersOfTheSameVersionWin() throws Exception {
        DossierUsager dossier = DossierUsager.empty(newId());
        store().create(dossier);
        List<Callable<Optional<Versioned<DossierUsager>>>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            DossierUsager change = dossier.withPiece(piece(100 + i));
            writers.add(() -> {
                try {
                    return Optional.of(store().update(change, 1));
                } catch (ConcurrentUpdateException e) {
                    return Optional.empty();
                }
            });
        }

        List<Versioned<DossierUsager>> winners = Concurrency.runTogether(writers).stream()
                .flatMap(Optional::stream)
                .toList();

        assertThat(winners).hasSize(1);
        assertThat(winners.get(0).version()).isEqualTo(2);
        assertThat(store().find(dossier.usager())).contains(winners.get(0));
    }

    @Test
    void letsExactlyOneOfConcurrentCreatorsOfTheSameDossierWin() throws Exception {
        UsagerId usager = newId();
        List<Callable<Boolean>> creators = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            DossierUsager dossier = DossierUsager.empty(usager).withPiece(piece(300 + i));
            creators.add(() -> {
                try {
                    store().create(dossier);
                    return true;
                } catch (DuplicateKeyException e) {
                    assertThat(e.key()).isEqualTo(usager.toString());
                    return false;
                }
            });
        }

        List<Boolean> created = Concurrency.runTogether(creators);

        assertThat(created).containsOnlyOnce(true);
        assertThat(store().find(usager)).map(Versioned::version).contains(1L);
    }

    @Test
    void keepsEveryChangeOfWritersThatRetry() throws Exception {
        DossierUsager dossier = DossierUsager.empty(newId());
        store().create(dossier);
        List<PieceJustificative> pieces = new ArrayList<>();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            PieceJustificative piece = piece(200 + i);
            pieces.add(piece);
            writers.add(() -> {
                int conflicts = 0;
                while (true) {
                    Versioned<DossierUsager> read =
                            store().find(dossier.usager()).orElseThrow();
                    try {
                        store().update(read.value().withPiece(piece), read.version());
                        return conflicts;
                    } catch (ConcurrentUpdateException e) {
                        conflicts++;
                    }
                }
            });
        }

        Concurrency.runTogether(writers);

        Versioned<DossierUsager> result = store().find(dossier.usager()).orElseThrow();
        assertThat(result.version()).isEqualTo(1 + THREADS);
        assertThat(result.value().pieces()).containsExactlyInAnyOrderElementsOf(pieces);
    }
}
