package fr.eadmin.identity.pki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * A revoked certificate, as a CRL lists it.
 *
 * @param serialNumber the certificate's serial number, positive
 * @param revokedAt when it was revoked
 * @param reason why
 */
public record Revocation(BigInteger serialNumber, Instant revokedAt, RevocationReason reason) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the serial number is not positive
     */
    public Revocation {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(reason, "reason");
        if (serialNumber.signum() <= 0) {
            throw new IllegalArgumentException("certificate serial numbers are positive");
        }
    }
}
