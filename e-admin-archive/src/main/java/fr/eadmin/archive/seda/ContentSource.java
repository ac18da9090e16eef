package fr.eadmin.archive.seda;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the bytes of a document come from. Opened once, when the package is written, and read to the end:
 * content is streamed into the package, never held in memory.
 */
@FunctionalInterface
public interface ContentSource {
    /**
     * Opens the content. The caller closes the stream.
     *
     * @return the content
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * Content read from a file.
     *
     * @param file the file
     * @return the source
     */
    static ContentSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return () -> Files.newInputStream(file);
    }

    /**
     * Content read from a blob store.
     *
     * @param store the store
     * @param ref the blob's reference
     * @return the source; opening it fails with {@link NotFoundException} if the blob is not stored
     */
    static ContentSource of(BlobStore store, BlobRef ref) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(ref, "ref");
        return () -> store.open(ref).orElseThrow(() -> new NotFoundException("blob", ref.toString()));
    }

    /**
     * Content held in memory (small documents, generated texts).
     *
     * @param bytes the bytes, copied
     * @return the source
     */
    static ContentSource ofBytes(byte[] bytes) {
        byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
        return () -> new ByteArrayInputStream(copy);
    }
}
