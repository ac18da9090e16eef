package fr.eadmin.archive.elimination;

import fr.eadmin.archive.spi.PurgeOutcome;
import java.util.Objects;

/**
 * What the purge did to one item of an executed proposal.
 *
 * @param item the item
 * @param outcome what was done
 */
public record ItemOutcome(EliminationItem item, PurgeOutcome outcome) {
    /** Checks the values. */
    public ItemOutcome {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(outcome, "outcome");
    }
}
