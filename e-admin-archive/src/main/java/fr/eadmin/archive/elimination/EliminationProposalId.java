package fr.eadmin.archive.elimination;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of an elimination proposal: a time-ordered UUID (version 7).
 *
 * @param value the UUID
 */
public record EliminationProposalId(UUID value) {

    /** Checks the value. */
    public EliminationProposalId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id, ordered by the clock's time.
     *
     * @param clock the clock
     * @return the id
     */
    public static EliminationProposalId generate(Clock clock) {
        return new EliminationProposalId(UuidV7.next(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Parses the canonical form.
     *
     * @param text the UUID text
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static EliminationProposalId parse(String text) {
        return new EliminationProposalId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
