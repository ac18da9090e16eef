package fr.eadmin.core.demande;

import fr.eadmin.core.dossier.PieceType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One period a demande waited for pièces or corrections: from the day they were requested to the day they
 * arrived (or the decision that closed the wait), with the time the usager was given to produce them.
 *
 * @param requestedOn the day they were requested
 * @param dueBy the last day given to produce them
 * @param receivedOn the day they arrived, or the day the wait ended otherwise; null while still waiting
 * @param missing the pièces requested (may be empty when corrections were requested)
 */
public record PieceWait(
        LocalDate requestedOn, LocalDate dueBy, @Nullable LocalDate receivedOn, List<PieceType> missing) {
    /** Checks the values. */
    public PieceWait {
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(missing, "missing");
        missing = List.copyOf(missing);
        if (dueBy.isBefore(requestedOn)) {
            throw new InvalidDemandeException("dueBy", "must not be before the day the pièces are requested");
        }
        if (receivedOn != null && receivedOn.isBefore(requestedOn)) {
            throw new InvalidDemandeException("receivedOn", "must not be before the day the pièces were requested");
        }
    }

    /**
     * Whether the demande still waits.
     *
     * @return true while the pièces have not arrived
     */
    public boolean open() {
        return receivedOn == null;
    }

    PieceWait closedOn(LocalDate day) {
        return new PieceWait(requestedOn, dueBy, day.isBefore(requestedOn) ? requestedOn : day, missing);
    }
}
