package fr.eadmin.identity.seal;

import fr.eadmin.core.spi.SealRequest;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** The outcome of verifying a seal: the facts it attests, or why it is refused. */
public sealed interface SealVerification {
    /**
     * Whether the seal verified.
     *
     * @return true for {@link Valid}
     */
    boolean isValid();

    /**
     * A valid seal.
     *
     * @param sealed what the seal attests (its issue date to the second)
     * @param signer the certificate whose key sealed it
     * @param reference the seal's short reference, {@code VS-XXXX-XXXX}
     */
    record Valid(SealRequest sealed, X509Certificate signer, String reference) implements SealVerification {
        /** Checks the values. */
        public Valid {
            Objects.requireNonNull(sealed, "sealed");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * A refused seal.
     *
     * @param failure why
     */
    record Invalid(SealFailure failure) implements SealVerification {
        /** Checks the value. */
        public Invalid {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
