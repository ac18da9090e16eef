package fr.eadmin.core.usager;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of a usager: a time-ordered UUID (version 7). Usagers never see it.
 *
 * @param value the UUID
 */
public record UsagerId(UUID value) implements Comparable<UsagerId> {
    /** Checks the value. */
    public UsagerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id stamped with the current time of the given clock.
     *
     * @param clock the clock
     * @return a new id
     */
    public static UsagerId generate(Clock clock) {
        return new UsagerId(UuidV7.next(clock));
    }

    /**
     * A new id stamped with the system clock.
     *
     * @return a new id
     */
    public static UsagerId random() {
        return generate(Clock.systemUTC());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID such as {@code 0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d}
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static UsagerId parse(String text) {
        return new UsagerId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public int compareTo(UsagerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
