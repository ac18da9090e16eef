package fr.eadmin.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Stores immutable binary content (pièces justificatives, generated PDFs, archive packages), addressed by
 * its SHA-256 digest.
 *
 * <p>Implementations guarantee that a blob is visible only once completely written: a crash in the middle
 * of {@link #put} leaves no partial blob behind. Storing the same content twice keeps one copy.
 */
public interface BlobStore {
    /**
     * Stores the content of the stream, reading it to the end (the stream is not closed).
     *
     * @param content the content
     * @return the reference of the stored content
     * @throws IOException if reading the stream or writing the blob fails; nothing is stored then
     */
    BlobRef put(InputStream content) throws IOException;

    /**
     * Stores the content of the stream and checks it against the digest the sender announced, so that a
     * corrupt upload is refused before anything is visible.
     *
     * @param content the content
     * @param expectedSha256 the announced SHA-256 digest, hexadecimal
     * @return the reference of the stored content
     * @throws BlobDigestMismatchException if the content does not have the announced digest; nothing is
     *     stored then
     * @throws IOException if reading the stream or writing the blob fails; nothing is stored then
     */
    BlobRef put(InputStream content, String expectedSha256) throws IOException;

    /**
     * Opens a stored blob for reading.
     *
     * @param ref the reference
     * @return the content, or empty if no such blob is stored
     * @throws IOException if the blob exists but cannot be opened
     */
    Optional<InputStream> open(BlobRef ref) throws IOException;

    /**
     * Tells whether a blob is stored.
     *
     * @param ref the reference
     * @return true if it is stored
     * @throws IOException if the store cannot be read
     */
    boolean contains(BlobRef ref) throws IOException;

    /**
     * Deletes a blob. Callers make sure nothing still refers to it (content is shared between identical
     * uploads).
     *
     * @param ref the reference
     * @return true if a blob was deleted, false if none was stored
     * @throws IOException if the blob exists but cannot be deleted
     */
    boolean delete(BlobRef ref) throws IOException;
}
