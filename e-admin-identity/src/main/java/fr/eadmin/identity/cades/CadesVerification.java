package fr.eadmin.identity.cades;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
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
     * @param path the certification path, from the signer's certificate to the trust anchor's
     * @param notes what the verifier noticed without failing the signature (CRLs ignored or stale)
     */
    record Valid(
            X509Certificate signer,
            Instant signingTime,
            @Nullable Instant timestampTime,
            List<X509Certificate> path,
            List<String> notes)
            implements CadesVerification {
        /** Checks the values and copies the lists. */
        public Valid {
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(signingTime, "signingTime");
            path = List.copyOf(Objects.requireNonNull(path, "path"));
            notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        }

        /**
         * A valid signature without notes.
         *
         * @param signer the signer's certificate
         * @param signingTime the signing time the signer claims
         * @param timestampTime the time of the signature-time-stamp, or null
         * @param path the certification path
         */
        public Valid(
                X509Certificate signer,
                Instant signingTime,
                @Nullable Instant timestampTime,
                List<X509Certificate> path) {
            this(signer, signingTime, timestampTime, path, List.of());
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
     * @param timestampTime the time a valid signature-time-stamp attests (a proof that the signature existed
     *     then, which decides between REVOKED and REVOKED_NO_POE), or null when there is no valid one
     * @param notes why, in sentences: the time-stamp rejected and its failed check, the CRLs ignored or stale
     */
    record Invalid(CadesCheck failedCheck, @Nullable Instant timestampTime, List<String> notes)
            implements CadesVerification {
        /** Checks the values and copies the notes. */
        public Invalid {
            Objects.requireNonNull(failedCheck, "failedCheck");
            notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        }

        /**
         * An invalid signature without proof of existence nor notes.
         *
         * @param failedCheck the first check it failed
         */
        public Invalid(CadesCheck failedCheck) {
            this(failedCheck, null, List.of());
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
