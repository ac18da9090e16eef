package fr.eadmin.payment.invoice;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of an invoice: a time-ordered UUID (version 7). Usagers see its number instead.
 *
 * @param value the UUID
 */
public record InvoiceId(UUID value) {
    /** Checks the value. */
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id stamped with the current time of the given clock.
     *
     * @param clock the clock
     * @return a new id
     */
    public static InvoiceId generate(Clock clock) {
        return new InvoiceId(UuidV7.next(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static InvoiceId parse(String text) {
        return new InvoiceId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
