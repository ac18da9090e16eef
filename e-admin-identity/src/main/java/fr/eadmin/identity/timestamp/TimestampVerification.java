package fr.eadmin.identity.timestamp;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/** The outcome of verifying a timestamp token: valid with what it attests, or the check it failed. */
public sealed interface TimestampVerification {
    /**
     * Whether the token is valid.
     *
     * @return true for {@link Valid}
     */
    boolean isValid();

    /**
     * A valid token.
     *
     * @param time the time it attests
     * @param policy the TSA policy OID it carries
     * @param serialNumber its serial number
     * @param signer the timestamping unit's certificate
     */
    record Valid(Instant time, String policy, BigInteger serialNumber, X509Certificate signer)
            implements TimestampVerification {
        /** Checks the values. */
        public Valid {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(signer, "signer");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * An invalid token.
     *
     * @param failedCheck the first check it failed
     */
    record Invalid(TimestampCheck failedCheck) implements TimestampVerification {
        /** Checks the value. */
        public Invalid {
            Objects.requireNonNull(failedCheck, "failedCheck");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
