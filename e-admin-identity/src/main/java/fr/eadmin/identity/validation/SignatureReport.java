package fr.eadmin.identity.validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The validation of one signature, in the vocabulary of ETSI EN 319 102-1.
 *
 * @param id the signature's name in its document: the PDF field name, or {@code signature} for a detached one
 * @param indication the main status
 * @param subIndication why it did not pass, null when it passed
 * @param signer the signer's distinguished name (RFC 2253), null if the signer's certificate is not found
 * @param claimedSigningTime the time the signer claims (PDF {@code /M}, CAdES signing-time), or null
 * @param attestedTime the time a valid signature-time-stamp attests, or null
 * @param level the baseline level the signature reached, null if it failed before B-B could be established
 * @param details what a person reading the report needs to know, one sentence each
 * @param kind a signature, or a document time-stamp (whose signer is the timestamping unit and whose
 *     attested time is the token's)
 */
public record SignatureReport(
        String id,
        Indication indication,
        @Nullable SubIndication subIndication,
        @Nullable String signer,
        @Nullable Instant claimedSigningTime,
        @Nullable Instant attestedTime,
        @Nullable BaselineLevel level,
        List<String> details,
        Kind kind) {
    /** What an entry of a report validates. */
    public enum Kind {
        /** A signature or a seal (PAdES, CAdES). */
        SIGNATURE,
        /** A PAdES document time-stamp (SubFilter {@code ETSI.RFC3161}): a proof the revision existed. */
        DOCUMENT_TIMESTAMP
    }

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a passed signature has a sub-indication, or another none
     */
    public SignatureReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indication, "indication");
        details = List.copyOf(Objects.requireNonNull(details, "details"));
        Objects.requireNonNull(kind, "kind");
        if ((indication == Indication.TOTAL_PASSED) != (subIndication == null)) {
            throw new IllegalArgumentException("a sub-indication explains exactly the signatures that did not pass");
        }
    }

    /**
     * The report of a signature.
     *
     * @param id the signature's name in its document
     * @param indication the main status
     * @param subIndication why it did not pass, null when it passed
     * @param signer the signer's distinguished name, or null
     * @param claimedSigningTime the time the signer claims, or null
     * @param attestedTime the time a valid signature-time-stamp attests, or null
     * @param level the baseline level reached, or null
     * @param details one sentence each
     * @throws IllegalArgumentException if a passed signature has a sub-indication, or another none
     */
    public SignatureReport(
            String id,
            Indication indication,
            @Nullable SubIndication subIndication,
            @Nullable String signer,
            @Nullable Instant claimedSigningTime,
            @Nullable Instant attestedTime,
            @Nullable BaselineLevel level,
            List<String> details) {
        this(id, indication, subIndication, signer, claimedSigningTime, attestedTime, level, details, Kind.SIGNATURE);
    }

    /**
     * Whether the signature passed.
     *
     * @return true for {@link Indication#TOTAL_PASSED}
     */
    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }

    /**
     * The sub-indication, for a signature that did not pass.
     *
     * @return the sub-indication, or empty if it passed
     */
    public Optional<SubIndication> why() {
        return Optional.ofNullable(subIndication);
    }

    /**
     * The baseline level reached.
     *
     * @return the level, or empty if none could be established
     */
    public Optional<BaselineLevel> levelReached() {
        return Optional.ofNullable(level);
    }
}
