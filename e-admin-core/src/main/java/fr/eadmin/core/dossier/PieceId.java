package fr.eadmin.core.dossier;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of a pièce justificative: a time-ordered UUID (version 7).
 *
 * @param value the UUID
 */
public record PieceId(UUID value) implements Comparable<PieceId> {
    /** Checks the value. */
    public PieceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id stamped with the current time of the given clock.
     *
     * @param clock the clock
     * @return a new id
     */
    public static PieceId generate(Clock clock) {
        return new PieceId(UuidV7.next(clock));
    }

    /**
     * A new id stamped with the system clock.
     *
     * @return a new id
     */
    public static PieceId random() {
        return generate(Clock.systemUTC());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID such as {@code 0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d}
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PieceId parse(String text) {
        return new PieceId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public int compareTo(PieceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
