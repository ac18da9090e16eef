package fr.eadmin.payment.systempay;

import fr.eadmin.core.InvalidValueException;
import java.io.Serial;

/** A payment request breaks a rule of the Systempay form (a field too long, characters it does not take). */
public final class SystempayFieldException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the {@code vads_*} field concerned
     * @param reason what is wrong with it (never the value: it may be personal data)
     */
    public SystempayFieldException(String field, String reason) {
        super("Systempay field " + field + ": " + reason, field, reason);
    }
}
