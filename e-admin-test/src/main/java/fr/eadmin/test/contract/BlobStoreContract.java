package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.spi.BlobDigestMismatchException;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link BlobStore}: every implementation's test extends this class and provides a fresh,
 * empty store.
 *
 * {@snippet :
 * class MyBlobStoreTest extends BlobStoreContract {
 *     @Override
 *     protected BlobStore newStore() {
 *         return new MyBlobStore(...);
 *     }
 * }
 * }
 */
public abstract class BlobStoreContract extends StoreContract<BlobStore> {
    /** The size of the large content test: 64 MiB, generated and checked by streaming. */
    protected static final long LARGE_SIZE = 64L * 1024 * 1024;

    private static final int THREADS = 8;

    /** For subclasses. */
    protected BlobStoreContract() {}

    /**
     * The size of the content of {@link #streamsLargeContentWithoutLosingAByte()}; an implementation that
     * stores remotely may lower it.
     *
     * @return a size in bytes, {@link #LARGE_SIZE} by default
     */
    protected long largeContentSize() {
        return LARGE_SIZE;
    }

    @Test
    void storesContentAndReadsItBack() throws IOException {
        byte[] content = "justificatif de domicile".getBytes(StandardCharsets.UTF_8);

        BlobRef ref = store().put(new ByteArrayInputStream(content));

        assertThat(ref).isEqualTo(new BlobRef(GeneratedContent.sha256(new ByteArrayInputStream(content)), 24));
        assertThat(store().contains(ref)).isTrue();
        assertThat(read(ref)).isEqualTo(content);
    }

    @Test
    void storesEmptyContent() throws IOException {
        BlobRef ref = store().put(new ByteArrayInputStream(new byte[0]));

        assertThat(ref.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ref.size()).isZero();
        assertThat(store().contains(ref)).isTrue();
        assertThat(read(ref)).isEmpty();
    }

    @Test
    void givesTheSameContentTheSameReferenceAndKeepsOneCopy() throws IOException {
        byte[] content = bytes(10_000, 1);

        BlobRef first = store().put(new ByteArrayInputStream(content));
        BlobRef second = store().put(new ByteArrayInputStream(content));

        assertThat(second).isEqualTo(first);
        assertThat(read(first)).isEqualTo(content);
        assertThat(store().delete(first)).isTrue();
        assertThat(store().contains(second)).isFalse();
    }

    @Test
    void givesDifferentContentsDifferentReferences() throws IOException {
        BlobRef a = store().put(new ByteArrayInputStream(bytes(1_000, 1)));
        BlobRef b = store().put(new ByteArrayInputStream(bytes(1_000, 2)));

        assertThat(a).isNotEqualTo(b);
        assertThat(read(a)).isEqualTo(bytes(1_000, 1));
        assertThat(read(b)).isEqualTo(bytes(1_000, 2));
    }

    @Test
    void streamsLargeContentWithoutLosingAByte() throws IOException {
        long size = largeContentSize();
        String expected = GeneratedContent.sha256(size, 42);

        BlobRef ref = store().put(GeneratedContent.of(size, 42), expected);

        assertThat(ref).isEqualTo(new BlobRef(expected, size));
        Optional<InputStream> opened = store().open(ref);
        assertThat(opened).isPresent();
        try (InputStream in = opened.orElseThrow()) {
            assertThat(GeneratedContent.sha256(in)).isEqualTo(expected);
        }
    }

    @Test
    void acceptsContentWithTheAnnouncedDigestInEitherCase() throws IOException {
        byte[] content = bytes(5_000, 3);
        String digest = GeneratedContent.sha256(new ByteArrayInputStream(content));

        BlobRef lower = store().put(new ByteArrayInputStream(content), digest);
        BlobRef upper = store().put(new ByteArrayInputStream(content), digest.toUpperCase(Locale.ROOT));

        assertThat(lower).isEqualTo(new BlobRef(digest, 5_000));
        assertThat(upper).isEqualTo(lower);
        assertThat(read(lower)).isEqualTo(content);
    }

    @Test
    void refusesACorruptUploadAndStoresNothing() throws IOException {
        byte[] announced = bytes(5_000, 4);
        byte[] received = announced.clone();
        received[2_500] ^= 0x01; // one bit flipped in transit
        String announcedDigest = GeneratedContent.sha256(new ByteArrayInputStream(announced));
        BlobRef receivedRef = new BlobRef(GeneratedContent.sha256(new ByteArrayInputStream(received)), 5_000);

        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(received), announcedDigest))
                .isInstanceOfSatisfying(BlobDigestMismatchException.class, e -> {
                    assertThat(e.expectedSha256()).isEqualTo(announcedDigest);
                    assertThat(e.actualSha256()).isEqualTo(receivedRef.sha256());
                });

        assertThat(store().contains(receivedRef)).isFalse();
        assertThat(store().open(receivedRef)).isEmpty();
        assertThat(store().contains(new BlobRef(announcedDigest, 5_000))).isFalse();
    }

    @Test
    void refusesAMalformedAnnouncedDigestBeforeReading() {
        CountingStream content = new CountingStream(new ByteArrayInputStream(bytes(100, 5)));

        assertThatThrownBy(() -> store().put(content, "not-a-digest")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().put(content, "ab".repeat(31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().put(content, "zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThat(content.bytesRead).isZero();
    }

    @Test
    void storesNothingWhenTheContentCannotBeReadToTheEnd() throws IOException {
        byte[] content = bytes(200_000, 6);
        byte[] delivered = new byte[100_000];
        System.arraycopy(content, 0, delivered, 0, delivered.length);
        BlobRef partial = new BlobRef(GeneratedContent.sha256(new ByteArrayInputStream(delivered)), 100_000);

        assertThatThrownBy(() -> store().put(new FailingStream(content, 100_000)))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset");

        assertThat(store().contains(partial)).isFalse();
        assertThat(store().open(partial)).isEmpty();
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        CountingStream content = new CountingStream(new ByteArrayInputStream(bytes(1_000, 7)));

        store().put(content);

        assertThat(content.closed).isFalse();
        assertThat(content.bytesRead).isEqualTo(1_000);
    }

    @Test
    void acceptsConcurrentPutsOfTheSameContent() throws Exception {
        byte[] content = bytes(1024 * 1024, 8);
        Callable<BlobRef> put = () -> store().put(new ByteArrayInputStream(content));
        Set<BlobRef> refs = new HashSet<>(Concurrency.runTogether(Collections.nCopies(THREADS, put)));
        assertThat(refs).hasSize(1);
        assertThat(read(refs.iterator().next())).isEqualTo(content);
    }

    @Test
    void deletesABlob() throws IOException {
        BlobRef kept = store().put(new ByteArrayInputStream(bytes(1_000, 9)));
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(1_000, 10)));

        assertThat(store().delete(ref)).isTrue();

        assertThat(store().contains(ref)).isFalse();
        assertThat(store().open(ref)).isEmpty();
        assertThat(store().delete(ref)).isFalse();
        assertThat(read(kept)).isEqualTo(bytes(1_000, 9));
    }

    @Test
    void storesAgainWhatWasDeleted() throws IOException {
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(1_000, 11)));
        store().delete(ref);

        BlobRef again = store().put(new ByteArrayInputStream(bytes(1_000, 11)));

        assertThat(again).isEqualTo(ref);
        assertThat(read(again)).isEqualTo(bytes(1_000, 11));
    }

    @Test
    void knowsNothingOfAMissingReference() throws IOException {
        BlobRef missing = new BlobRef("0123456789abcdef".repeat(4), 10);

        assertThat(store().contains(missing)).isFalse();
        assertThat(store().open(missing)).isEmpty();
        assertThat(store().delete(missing)).isFalse();
    }

    @Test
    void rejectsNullArguments() {
        BlobRef ref = new BlobRef("0123456789abcdef".repeat(4), 10);
        InputStream content = new ByteArrayInputStream(new byte[0]);

        assertThatThrownBy(() -> store().put(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().put(null, ref.sha256())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().put(content, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().open(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store().delete(null)).isInstanceOf(NullPointerException.class);
    }

    /**
     * Reads a stored blob whole (for small blobs only).
     *
     * @param ref the reference
     * @return the content
     * @throws IOException if it cannot be read
     */
    protected final byte[] read(BlobRef ref) throws IOException {
        Optional<InputStream> opened = store().open(ref);
        assertThat(opened).as("blob %s", ref).isPresent();
        try (InputStream in = opened.orElseThrow()) {
            return in.readAllBytes();
        }
    }

    /**
     * Deterministic pseudo-random bytes.
     *
     * @param size how many
     * @param seed which sequence
     * @return the bytes
     */
    protected static byte[] bytes(int size, long seed) {
        try (InputStream in = GeneratedContent.of(size, seed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Counts what is read and whether the stream was closed. */
    private static final class CountingStream extends FilterInputStream {
        long bytesRead;
        boolean closed;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** Delivers the first bytes of a content, then fails like a dropped connection. */
    private static final class FailingStream extends InputStream {
        private final byte[] content;
        private final int failAt;
        private int position;

        FailingStream(byte[] content, int failAt) {
            this.content = content;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            if (position >= failAt) {
                throw new IOException("connection reset");
            }
            return content[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= failAt) {
                throw new IOException("connection reset");
            }
            int n = Math.min(length, failAt - position);
            System.arraycopy(content, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
