package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TeleserviceStore}: every implementation's test extends this class and provides the
 * store. Each test uses téléservices with fresh codes.
 */
public abstract class TeleserviceStoreContract extends StoreContract<TeleserviceStore> {

    /** For subclasses. */
    protected TeleserviceStoreContract() {}

    @Test
    void keepsEveryPartOfATeleservice() {
        Teleservice rich = DemandeSamples.rich();

        assertThat(store().create(rich)).isEqualTo(new Versioned<>(rich, 1));
        assertThat(store().find(rich.code())).contains(new Versioned<>(rich, 1));
    }

    @Test
    void findsNothingForAnUnknownCode() {
        assertThat(store().find("t-inconnu-" + System.nanoTime())).isEmpty();
    }

    @Test
    void refusesASecondTeleserviceWithTheSameCode() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        store().create(teleservice);

        assertThatThrownBy(() -> store().create(teleservice))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(teleservice.code()));
    }

    @Test
    void updatesAgainstTheVersion() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        store().create(teleservice);
        Teleservice changed = DemandeSamples.rich();
        Teleservice renamed = new Teleservice(
                teleservice.code(),
                "Nouveau titre",
                changed.organisation(),
                changed.form(),
                changed.pieces(),
                100,
                Delay.ofMonths(1),
                SilenceRule.REJET,
                changed.channels(),
                changed.calendar());

        assertThat(store().update(renamed, 1)).isEqualTo(new Versioned<>(renamed, 2));
        assertThat(store().find(teleservice.code())).contains(new Versioned<>(renamed, 2));
        assertThatThrownBy(() -> store().update(teleservice, 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion())
                        .isEqualTo(1));
        assertThat(store().find(teleservice.code())).contains(new Versioned<>(renamed, 2));
    }

    @Test
    void refusesToUpdateAnUnknownTeleservice() {
        Teleservice teleservice = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);

        assertThatThrownBy(() -> store().update(teleservice, 1)).isInstanceOf(NotFoundException.class);
        assertThat(store().find(teleservice.code())).isEmpty();
    }

    @Test
    void listsByCode() {
        Teleservice a = DemandeSamples.teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
        Teleservice b = DemandeSamples.rich();
        store().create(a);
        store().create(b);

        assertThat(store().list())
                .extracting(v -> v.value().code())
                .contains(a.code(), b.code())
                .isSorted();
    }
}
