package fr.eadmin.payment.paybox;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/** A payment request breaks a rule of the Paybox form (a reference it does not take, no payer e-mail). */
public final class PayboxFieldException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the {@code PBX_*} field concerned
     * @param reason what is wrong with it (never the value: it may be personal data)
     */
    public PayboxFieldException(String field, String reason) {
        super("Paybox field " + field + ": " + reason, field, reason);
    }
}
