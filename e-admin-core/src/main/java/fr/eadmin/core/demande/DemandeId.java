package fr.eadmin.core.demande;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of a demande: a time-ordered UUID (version 7). Usagers see a short reference instead.
 *
 * @param value the UUID
 */
public record DemandeId(UUID value) implements Comparable<DemandeId> {
    /** Checks the value. */
    public DemandeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id stamped with the current time of the given clock.
     *
     * @param clock the clock
     * @return a new id
     */
    public static DemandeId generate(Clock clock) {
        return new DemandeId(UuidV7.next(clock));
    }

    /**
     * A new id stamped with the system clock.
     *
     * @return a new id
     */
    public static DemandeId random() {
        return generate(Clock.systemUTC());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID such as {@code 0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d}
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static DemandeId parse(String text) {
        return new DemandeId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public int compareTo(DemandeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
