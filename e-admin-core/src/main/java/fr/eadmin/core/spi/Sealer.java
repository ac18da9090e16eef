package fr.eadmin.core.spi;

/**
 * Issues verifiable seals for paper and screens: a compact signed payload carrying a document's key facts and
 * the digest of its data, small enough for a 2D code, that anyone can verify offline with the issuer's public
 * key.
 *
 * <p>Core ships no implementation: the identity module implements it with the town's seal key, the documents
 * module renders the {@link VisibleSeal} it returns as a 2D code, and the application wires the two together.
 * Implementations are thread-safe.
 */
public interface Sealer {
    /**
     * Seals the facts of a document.
     *
     * @param request what the seal attests
     * @return the payload to render and its short human-readable reference
     * @throws fr.eadmin.core.EAdminException if the seal cannot be made (a subclass saying why)
     */
    VisibleSeal seal(SealRequest request);
}
