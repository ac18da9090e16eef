package fr.eadmin.payment;

import fr.eadmin.payment.spi.PaymentStart;
import java.util.Objects;

/**
 * A payment just started: the stored payment, pending, and what the usager's browser must do.
 *
 * @param payment the payment as stored
 * @param start where to send the browser
 */
public record PaymentInitiation(Payment payment, PaymentStart start) {
    /** Checks the values. */
    public PaymentInitiation {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(start, "start");
    }
}
