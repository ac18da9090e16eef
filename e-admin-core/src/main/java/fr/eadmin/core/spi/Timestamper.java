package fr.eadmin.core.spi;

/**
 * A trusted timestamping service: attests that a SHA-256 digest existed at a time, in a token that can be
 * checked later. The journal uses it to seal its head ({@link Journal#seal}).
 *
 * <p>Core ships no implementation: the identity module implements it with an RFC 3161 time-stamping
 * authority, and the application wires it in. Implementations are thread-safe.
 */
public interface Timestamper {
    /** The length in bytes of the digests a timestamper attests. */
    int DIGEST_LENGTH = 32;

    /**
     * Timestamps a digest.
     *
     * @param sha256 a SHA-256 digest, {@value #DIGEST_LENGTH} bytes
     * @return the token attesting it, with the time it attests
     * @throws IllegalArgumentException if the digest does not have {@value #DIGEST_LENGTH} bytes
     * @throws fr.eadmin.core.EAdminException if the service fails (a subclass saying why)
     */
    TimestampToken timestamp(byte[] sha256);

    /**
     * Whether a token is a valid timestamp, by this service, of this digest at the time it states. A token
     * that is damaged, was issued for another digest or by another service, or whose time differs from the
     * one it attests, is not valid: the answer is false, not an exception.
     *
     * @param token the token
     * @param sha256 the digest it should attest, {@value #DIGEST_LENGTH} bytes
     * @return true if the token attests this digest
     * @throws IllegalArgumentException if the digest does not have {@value #DIGEST_LENGTH} bytes
     */
    boolean verify(TimestampToken token, byte[] sha256);
}
