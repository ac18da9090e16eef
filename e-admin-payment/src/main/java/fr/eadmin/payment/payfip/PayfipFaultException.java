package fr.eadmin.payment.payfip;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** PayFiP refused a call with a SOAP fault carrying its own error code (such as {@code P1}: idOp unknown). */
public final class PayfipFaultException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #code()}. */
    private final String code;

    /** See {@link #label()}. */
    private final String label;

    /**
     * Creates the exception.
     *
     * @param operation the SOAP operation called
     * @param code PayFiP's error code
     * @param label PayFiP's label of the error
     */
    public PayfipFaultException(String operation, String code, String label) {
        super("PayFiP " + operation + " failed with " + code + ": " + label);
        this.code = code;
        this.label = label;
    }

    /** {@return PayFiP's error code, such as {@code P1}} */
    public String code() {
        return code;
    }

    /** {@return PayFiP's label of the error} */
    public String label() {
        return label;
    }
}
