package fr.eadmin.archive.elimination;

import fr.eadmin.archive.spi.OperationalDataPurger;
import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A purger over core's stores (in memory or JDBC alike, through their interfaces): an item of subject type
 * {@code usager} deletes the usager's dossier and then the usager. Core's demande store offers no deletion,
 * so items of other types are {@link PurgeOutcome#UNSUPPORTED}: the application purges them by its own
 * means (its own {@link OperationalDataPurger}, delegating usagers to this one).
 */
public final class CoreStoresPurger implements OperationalDataPurger {
    /** The subject type this purger handles. */
    public static final String USAGER = "usager";

    private final UsagerStore usagers;
    private final DossierStore dossiers;

    private CoreStoresPurger(UsagerStore usagers, DossierStore dossiers) {
        this.usagers = usagers;
        this.dossiers = dossiers;
    }

    /**
     * A purger over the given stores.
     *
     * @param usagers the usager store
     * @param dossiers the dossier store
     * @return the purger
     */
    public static CoreStoresPurger of(UsagerStore usagers, DossierStore dossiers) {
        return new CoreStoresPurger(
                Objects.requireNonNull(usagers, "usagers"), Objects.requireNonNull(dossiers, "dossiers"));
    }

    @Override
    public PurgeOutcome purge(EliminationItem item) {
        Objects.requireNonNull(item, "item");
        if (!USAGER.equals(item.subjectType())) {
            return PurgeOutcome.UNSUPPORTED;
        }
        UsagerId id = UsagerId.parse(item.subjectId());
        boolean deleted = false;
        Optional<Versioned<DossierUsager>> dossier = dossiers.find(id);
        if (dossier.isPresent()) {
            dossiers.delete(id, dossier.get().version());
            deleted = true;
        }
        Optional<Versioned<Usager>> usager = usagers.find(id);
        if (usager.isPresent()) {
            usagers.delete(id, usager.get().version());
            deleted = true;
        }
        return deleted ? PurgeOutcome.PURGED : PurgeOutcome.ALREADY_ABSENT;
    }
}
