package fr.eadmin.identity.timestamp;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A time-stamping authority refused a request: its {@code PKIStatus} was not granted. The failure info
 * says why (RFC 3161 {@code PKIFailureInfo} bits: 1 for badAlg, 4 for badRequest, 32 for badDataFormat,
 * 256 for unacceptedPolicy…).
 */
public class TimestampRejectedException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The PKIStatus. */
    private final int status;

    /** The PKIFailureInfo bits, 0 when the authority gave none. */
    private final int failureInfo;

    /**
     * Creates the exception.
     *
     * @param status the {@code PKIStatus} (2 rejection, 3 waiting, 4 revocation warning, 5 revocation)
     * @param failureInfo the {@code PKIFailureInfo} bits, 0 if none
     */
    public TimestampRejectedException(int status, int failureInfo) {
        super("time-stamping authority refused the request: status " + status + ", failure info " + failureInfo);
        this.status = status;
        this.failureInfo = failureInfo;
    }

    /**
     * The {@code PKIStatus} of the response.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The {@code PKIFailureInfo} bits of the response.
     *
     * @return the bits, 0 if none
     */
    public int failureInfo() {
        return failureInfo;
    }
}
