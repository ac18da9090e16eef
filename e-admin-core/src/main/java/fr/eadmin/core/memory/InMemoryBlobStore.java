package fr.eadmin.core.memory;

import fr.eadmin.core.spi.BlobDigestMismatchException;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link BlobStore} in memory, for tests and demonstrations. Thread-safe. Content is kept in chunks, so
 * that large blobs need no single large array; a blob becomes visible only once completely read and
 * checked.
 */
public final class InMemoryBlobStore implements BlobStore {
    private static final int CHUNK_SIZE = 64 * 1024;

    private final Map<String, StoredBlob> blobs = new ConcurrentHashMap<>();

    private InMemoryBlobStore() {}

    /**
     * Creates an empty store.
     *
     * @return a new store
     */
    public static InMemoryBlobStore create() {
        return new InMemoryBlobStore();
    }

    @Override
    public BlobRef put(InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        StoredBlob blob = read(content);
        blobs.putIfAbsent(blob.ref().sha256(), blob);
        return blob.ref();
    }

    @Override
    public BlobRef put(InputStream content, String expectedSha256) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expectedSha256, "expectedSha256");
        String expected = expectedSha256.toLowerCase(Locale.ROOT);
        if (expected.length() != 64 || !expected.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("expectedSha256 must be 64 hexadecimal characters");
        }
        StoredBlob blob = read(content);
        if (!blob.ref().sha256().equals(expected)) {
            throw new BlobDigestMismatchException(expected, blob.ref().sha256());
        }
        blobs.putIfAbsent(blob.ref().sha256(), blob);
        return blob.ref();
    }

    @Override
    public Optional<InputStream> open(BlobRef ref) {
        Objects.requireNonNull(ref, "ref");
        StoredBlob blob = blobs.get(ref.sha256());
        if (blob == null) {
            return Optional.empty();
        }
        List<InputStream> parts = new ArrayList<>(blob.chunks().size());
        for (byte[] chunk : blob.chunks()) {
            parts.add(new ByteArrayInputStream(chunk));
        }
        return Optional.of(new SequenceInputStream(Collections.enumeration(parts)));
    }

    @Override
    public boolean contains(BlobRef ref) {
        Objects.requireNonNull(ref, "ref");
        return blobs.containsKey(ref.sha256());
    }

    @Override
    public boolean delete(BlobRef ref) {
        Objects.requireNonNull(ref, "ref");
        return blobs.remove(ref.sha256()) != null;
    }

    private static StoredBlob read(InputStream content) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        List<byte[]> chunks = new ArrayList<>();
        long size = 0;
        while (true) {
            byte[] chunk = content.readNBytes(CHUNK_SIZE);
            if (chunk.length == 0) {
                break;
            }
            digest.update(chunk);
            chunks.add(chunk);
            size += chunk.length;
        }
        return new StoredBlob(BlobRef.of(digest.digest(), size), List.copyOf(chunks));
    }

    private record StoredBlob(BlobRef ref, List<byte[]> chunks) {}

    @Override
    public String toString() {
        return "InMemoryBlobStore[" + blobs.size() + " blobs]";
    }
}
