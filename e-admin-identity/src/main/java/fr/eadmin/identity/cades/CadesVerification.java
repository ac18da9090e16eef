package fr.eadmin.identity.cades;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The outcome of verifying a CAdES signature: valid with who signed and when, or the check it failed. */
public sealed interface CadesVerification {
    /**
     * Whether the signature is valid.
     *
     * @return true for {@link Valid}
     */
    boolean isValid();

    /**
     * A valid signature.
     *
     * @param signer the signer's certificate
     * @param signingTime the signing time the signer claims
     * @param timestampTime the time of the signature-time-stamp (CAdES-T), or null for CAdES-B
     */
    record Valid(
            X509Certificate signer,
            Instant signingTime,
            @Nullable Instant timestampTime) implements CadesVerification {
        /** Checks the values. */
        public Valid {
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(signingTime, "signingTime");
        }

        /**
         * The time a trusted authority attests the signature existed.
         *
         * @return the timestamp's time, or empty for a CAdES-B signature
         */
        public Optional<Instant> timestamped() {
            return Optional.ofNullable(timestampTime);
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * An invalid signature.
     *
     * @param failedCheck the first check it failed
     */
    record Invalid(CadesCheck failedCheck) implements CadesVerification {
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
