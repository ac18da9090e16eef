package fr.eadmin.payment;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of a payment: a time-ordered UUID (version 7). Usagers and providers see the payment's
 * reference instead.
 *
 * @param value the UUID
 */
public record PaymentId(UUID value) implements Comparable<PaymentId> {
    /** Checks the value. */
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id stamped with the current time of the given clock.
     *
     * @param clock the clock
     * @return a new id
     */
    public static PaymentId generate(Clock clock) {
        return new PaymentId(UuidV7.next(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID such as {@code 0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d}
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static PaymentId parse(String text) {
        return new PaymentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public int compareTo(PaymentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
