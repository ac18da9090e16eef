package fr.eadmin.core.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.spi.BlobDigestMismatchException;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.test.contract.BlobStoreContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    @TempDir
    Path root;

    @Override
    protected BlobStore newStore() throws IOException {
        return FileSystemBlobStore.open(root, CLOCK, Duration.ofHours(1));
    }

    private FileSystemBlobStore fs() {
        return (FileSystemBlobStore) store();
    }

    @Test
    void laysBlobsOutByDigest() throws IOException {
        byte[] content = bytes(3_000, 1);

        BlobRef ref = store().put(new ByteArrayInputStream(content));

        Path file = root.resolve(ref.sha256().substring(0, 2))
                .resolve(ref.sha256().substring(2, 4))
                .resolve(ref.sha256());
        assertThat(file).isRegularFile().hasBinaryContent(content);
        assertThat(blobFiles()).containsExactly(file);
    }

    @Test
    void keepsOneFileForTheSameContent() throws IOException {
        store().put(new ByteArrayInputStream(bytes(3_000, 2)));
        store().put(new ByteArrayInputStream(bytes(3_000, 2)));

        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void leavesNoTemporaryFileAfterSuccessesAndFailures() throws Exception {
        store().put(new ByteArrayInputStream(bytes(3_000, 3)));
        store().put(new ByteArrayInputStream(bytes(3_000, 3)));
        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(bytes(3_000, 4)), "00".repeat(32)))
                .isInstanceOf(BlobDigestMismatchException.class);
        assertThatThrownBy(() -> store().put(new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk unplugged");
                    }
                }))
                .isInstanceOf(IOException.class);

        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void leavesNoTemporaryFileAfterConcurrentPuts() throws Exception {
        byte[] content = bytes(512 * 1024, 13);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<BlobRef>> puts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                puts.add(pool.submit(() -> {
                    start.await();
                    return store().put(new ByteArrayInputStream(content));
                }));
            }
            start.countDown();
            for (Future<BlobRef> put : puts) {
                assertThat(put.get(2, TimeUnit.MINUTES).size()).isEqualTo(content.length);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void neverShowsATemporaryFileLeftByACrashAndDeletesItAtTheNextStart() throws IOException {
        byte[] content = bytes(3_000, 5);
        BlobRef ref = BlobRef.of(sha256(content), content.length);
        // a crash after the content was written, before the rename
        Path leftover = root.resolve("tmp").resolve("put-1234567890.tmp");
        Files.write(leftover, content);
        Files.setLastModifiedTime(leftover, FileTime.from(NOW.minus(Duration.ofHours(2))));

        assertThat(store().contains(ref)).isFalse();
        assertThat(store().open(ref)).isEmpty();
        assertThat(fs().verify(ref)).isEqualTo(BlobIntegrity.MISSING);
        assertThat(fs().audit().checked()).isZero();

        FileSystemBlobStore.open(root, CLOCK, Duration.ofHours(1));

        assertThat(leftover).doesNotExist();
    }

    @Test
    void keepsAYoungTemporaryFileThatAnotherProcessMayStillBeWriting() throws IOException {
        Path inProgress = root.resolve("tmp").resolve("put-987654321.tmp");
        Files.write(inProgress, bytes(100, 6));
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minus(Duration.ofMinutes(10))));

        FileSystemBlobStore.open(root, CLOCK, Duration.ofHours(1));

        assertThat(inProgress).exists();
    }

    @Test
    void deletesEveryTemporaryFileWithoutGracePeriod() throws IOException {
        Path inProgress = root.resolve("tmp").resolve("put-987654321.tmp");
        Files.write(inProgress, bytes(100, 6));
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minus(Duration.ofSeconds(1))));

        FileSystemBlobStore.open(root, CLOCK, Duration.ZERO);

        assertThat(inProgress).doesNotExist();
    }

    @Test
    void verifiesAnIntactBlob() throws IOException {
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(3_000, 7)));

        assertThat(fs().verify(ref)).isEqualTo(BlobIntegrity.INTACT);
        assertThat(fs().audit()).isEqualTo(new BlobAuditReport(1, List.of()));
        assertThat(fs().audit().intact()).isTrue();
    }

    @Test
    void reportsABlobCorruptedOnDisk() throws IOException {
        BlobRef intact = store().put(new ByteArrayInputStream(bytes(3_000, 8)));
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(3_000, 9)));
        Path file = pathOf(ref);
        byte[] onDisk = Files.readAllBytes(file);
        onDisk[1_000] ^= 0x40; // a bit rotted
        Files.write(file, onDisk);

        assertThat(fs().verify(ref)).isEqualTo(BlobIntegrity.CORRUPT);
        assertThat(fs().verify(intact)).isEqualTo(BlobIntegrity.INTACT);
        BlobAuditReport report = fs().audit();
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.corruptSha256()).containsExactly(ref.sha256());
        assertThat(report.intact()).isFalse();
    }

    @Test
    void reportsATruncatedBlob() throws IOException {
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(3_000, 10)));
        Path file = pathOf(ref);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 1_500));

        assertThat(fs().verify(ref)).isEqualTo(BlobIntegrity.CORRUPT);
        assertThat(fs().audit().corruptSha256()).containsExactly(ref.sha256());
    }

    @Test
    void replacesATruncatedBlobWhenTheSameContentIsPutAgain() throws IOException {
        byte[] content = bytes(3_000, 14);
        BlobRef ref = store().put(new ByteArrayInputStream(content));
        Files.write(pathOf(ref), Arrays.copyOf(content, 1_000));

        assertThat(store().put(new ByteArrayInputStream(content))).isEqualTo(ref);

        assertThat(fs().verify(ref)).isEqualTo(BlobIntegrity.INTACT);
        assertThat(read(ref)).isEqualTo(content);
    }

    @Test
    void reportsAReferenceWithTheWrongSize() throws IOException {
        BlobRef ref = store().put(new ByteArrayInputStream(bytes(3_000, 11)));

        assertThat(fs().verify(new BlobRef(ref.sha256(), 2_999))).isEqualTo(BlobIntegrity.CORRUPT);
    }

    @Test
    void auditIgnoresFilesThatAreNotBlobs() throws IOException {
        store().put(new ByteArrayInputStream(bytes(3_000, 12)));
        Files.writeString(root.resolve("README.txt"), "not a blob");
        Files.createDirectories(root.resolve("ab/cd"));
        Files.writeString(root.resolve("ab/cd/notes"), "not a blob either");
        Files.writeString(root.resolve("ab/cd/" + "ef".repeat(32)), "misplaced: not under ef/ef");

        assertThat(fs().audit()).isEqualTo(new BlobAuditReport(1, List.of()));
    }

    @Test
    void refusesARootThatIsAFile() throws IOException {
        Path file = Files.writeString(root.resolve("file"), "x");

        assertThatThrownBy(() -> FileSystemBlobStore.open(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void refusesANegativeGracePeriod() {
        assertThatThrownBy(() -> FileSystemBlobStore.open(root, CLOCK, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path pathOf(BlobRef ref) {
        return root.resolve(ref.sha256().substring(0, 2))
                .resolve(ref.sha256().substring(2, 4))
                .resolve(ref.sha256());
    }

    private List<Path> blobFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !path.getParent().equals(root.resolve("tmp")))
                    .toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.toList();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
