package fr.eadmin.payment.payfip;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/** A payment request breaks a rule of PayFiP ({@code refdet}, {@code objet}, {@code montant}, {@code mel}…). */
public final class PayfipFieldException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the PayFiP field concerned
     * @param reason what is wrong with it (never the value: it may be personal data)
     */
    public PayfipFieldException(String field, String reason) {
        super("PayFiP field " + field + ": " + reason, field, reason);
    }
}
