package fr.eadmin.core.blob;

import fr.eadmin.core.spi.BlobDigestMismatchException;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BlobStore} on a local (or mounted) file system, addressed by the SHA-256 digest of the content.
 *
 * <p>A blob whose digest is {@code abcd0123…} lives in {@code <root>/ab/cd/abcd0123…}. Content is
 * streamed, never held whole in memory. Each {@code put} writes to a temporary file under {@code
 * <root>/tmp} (same file system), forces it to disk, then renames it into place with an atomic move and
 * forces the directory where the platform allows it: a blob is visible complete or not at all, even after
 * a crash. Temporary files left by a crash are never visible as blobs; those older than a grace period are
 * deleted when the store is opened (younger ones may belong to another process writing to the same root).
 * Concurrent puts of the same content, from threads or processes, all succeed and keep one file. A put of
 * content already stored keeps the existing file, unless that file has the wrong size (truncated on disk):
 * then the fresh copy replaces it.
 *
 * <p>{@link #verify(BlobRef)} and {@link #audit()} re-hash stored files to detect corruption on disk.
 *
 * {@snippet :
 * FileSystemBlobStore store = FileSystemBlobStore.open(Path.of("/var/lib/e-admin/blobs"));
 * BlobRef ref = store.put(upload, announcedSha256); // refused if the upload is corrupt
 * try (InputStream in = store.open(ref).orElseThrow()) {
 *     // ...
 * }
 * }
 */
public final class FileSystemBlobStore implements BlobStore {
    /** Temporary files older than this, found when the store is opened, are considered left by a crash. */
    public static final Duration DEFAULT_TEMPORARY_FILE_GRACE = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemBlobStore.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TWO_HEX = Pattern.compile("[0-9a-f]{2}");
    private static final String TMP_DIR = "tmp";
    private static final String TMP_PREFIX = "put-";
    private static final String TMP_SUFFIX = ".tmp";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path tmp;

    private FileSystemBlobStore(Path root) {
        this.root = root;
        this.tmp = root.resolve(TMP_DIR);
    }

    /**
     * Opens (creating it if needed) a store rooted at the given directory, and deletes temporary files
     * left by a crash more than {@link #DEFAULT_TEMPORARY_FILE_GRACE} ago.
     *
     * @param root the root directory
     * @return the store
     * @throws IOException if the directories cannot be created or read
     */
    public static FileSystemBlobStore open(Path root) throws IOException {
        return open(root, Clock.systemUTC(), DEFAULT_TEMPORARY_FILE_GRACE);
    }

    /**
     * Opens (creating it if needed) a store rooted at the given directory, and deletes the temporary files
     * last modified more than {@code temporaryFileGrace} before the clock's current time: they were left
     * by a crash. Use {@link Duration#ZERO} when no other process writes to the same root.
     *
     * @param root the root directory
     * @param clock the clock giving the current time
     * @param temporaryFileGrace how old a temporary file must be to be considered abandoned
     * @return the store
     * @throws IOException if the directories cannot be created or read
     */
    public static FileSystemBlobStore open(Path root, Clock clock, Duration temporaryFileGrace) throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(temporaryFileGrace, "temporaryFileGrace");
        if (temporaryFileGrace.isNegative()) {
            throw new IllegalArgumentException("temporaryFileGrace must not be negative");
        }
        FileSystemBlobStore store =
                new FileSystemBlobStore(root.toAbsolutePath().normalize());
        Files.createDirectories(store.root); // FileAlreadyExistsException if the root is a file
        Files.createDirectories(store.tmp);
        int deleted = store.deleteTemporaryFiles(clock.instant().minus(temporaryFileGrace));
        if (deleted > 0) {
            LOG.info("deleted {} temporary blob file(s) left by an interrupted write under {}", deleted, store.root);
        }
        return store;
    }

    /**
     * The root directory of this store.
     *
     * @return the absolute root directory
     */
    public Path root() {
        return root;
    }

    @Override
    public BlobRef put(InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        return store(content, null);
    }

    @Override
    public BlobRef put(InputStream content, String expectedSha256) throws IOException {
        Objects.requireNonNull(content, "content");
        return store(content, normalizeDigest(expectedSha256));
    }

    @Override
    public Optional<InputStream> open(BlobRef ref) throws IOException {
        Objects.requireNonNull(ref, "ref");
        try {
            return Optional.of(Files.newInputStream(pathOf(ref.sha256())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean contains(BlobRef ref) throws IOException {
        Objects.requireNonNull(ref, "ref");
        return Files.isRegularFile(pathOf(ref.sha256()));
    }

    @Override
    public boolean delete(BlobRef ref) throws IOException {
        Objects.requireNonNull(ref, "ref");
        Path path = pathOf(ref.sha256());
        boolean deleted = Files.deleteIfExists(path);
        if (deleted) {
            forceDirectory(path.getParent());
        }
        return deleted;
    }

    /**
     * Re-reads a stored blob and checks that its content still has the digest and size of its reference.
     *
     * @param ref the reference
     * @return {@link BlobIntegrity#INTACT}, {@link BlobIntegrity#MISSING} or {@link BlobIntegrity#CORRUPT}
     * @throws IOException if the blob exists but cannot be read
     */
    public BlobIntegrity verify(BlobRef ref) throws IOException {
        Objects.requireNonNull(ref, "ref");
        Path path = pathOf(ref.sha256());
        BlobRef actual;
        try (InputStream in = Files.newInputStream(path)) {
            actual = digest(in);
        } catch (NoSuchFileException e) {
            return BlobIntegrity.MISSING;
        }
        if (actual.equals(ref)) {
            return BlobIntegrity.INTACT;
        }
        LOG.warn(
                "blob {} ({} bytes) is corrupt on disk: its content now hashes to {} ({} bytes)",
                ref.sha256(),
                ref.size(),
                actual.sha256(),
                actual.size());
        return BlobIntegrity.CORRUPT;
    }

    /**
     * Re-hashes every stored blob and reports those whose content no longer matches their name. Reads
     * everything: run it from a scheduled job, not on a request path.
     *
     * @return the number of blobs checked and the digests of the corrupt ones
     * @throws IOException if the store cannot be read
     */
    public BlobAuditReport audit() throws IOException {
        long checked = 0;
        List<String> corrupt = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            List<Path> blobs = files.filter(this::isBlobPath).sorted().toList();
            for (Path path : blobs) {
                String name = path.getFileName().toString();
                BlobRef actual;
                try (InputStream in = Files.newInputStream(path)) {
                    actual = digest(in);
                } catch (NoSuchFileException e) {
                    continue; // deleted while the audit ran
                }
                checked++;
                if (!actual.sha256().equals(name)) {
                    LOG.warn("blob {} is corrupt on disk: its content now hashes to {}", name, actual.sha256());
                    corrupt.add(name);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new BlobAuditReport(checked, corrupt);
    }

    private boolean isBlobPath(Path path) {
        Path relative = root.relativize(path);
        if (relative.getNameCount() != 3) {
            return false;
        }
        String shard1 = relative.getName(0).toString();
        String shard2 = relative.getName(1).toString();
        String name = relative.getName(2).toString();
        return TWO_HEX.matcher(shard1).matches()
                && TWO_HEX.matcher(shard2).matches()
                && SHA256_HEX.matcher(name).matches()
                && name.startsWith(shard1 + shard2)
                && Files.isRegularFile(path);
    }

    private BlobRef store(InputStream content, @Nullable String expectedSha256) throws IOException {
        Files.createDirectories(tmp);
        Path temp = Files.createTempFile(tmp, TMP_PREFIX, TMP_SUFFIX);
        boolean moved = false;
        try {
            BlobRef ref = writeAndDigest(content, temp);
            if (expectedSha256 != null && !expectedSha256.equals(ref.sha256())) {
                LOG.info("refused a blob upload: announced digest {} but received {}", expectedSha256, ref.sha256());
                throw new BlobDigestMismatchException(expectedSha256, ref.sha256());
            }
            Path target = pathOf(ref.sha256());
            if (isStored(target, ref)) {
                return ref; // same content already stored: keep the existing file
            }
            createParentDirectories(target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // a concurrent put of the same content won the rename on a platform that does not replace
                if (!isStored(target, ref)) {
                    throw e;
                }
                return ref;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the blob store root must be on a file system supporting atomic moves", e);
            }
            moved = true;
            forceDirectory(target.getParent());
            return ref;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static boolean isStored(Path target, BlobRef ref) throws IOException {
        try {
            return Files.size(target) == ref.size();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static BlobRef writeAndDigest(InputStream content, Path temp) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER_SIZE];
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            int n;
            while ((n = content.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                size += n;
            }
            channel.force(true);
        }
        return BlobRef.of(digest.digest(), size);
    }

    private static BlobRef digest(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER_SIZE];
        int n;
        while ((n = in.read(buffer)) != -1) {
            digest.update(buffer, 0, n);
            size += n;
        }
        return BlobRef.of(digest.digest(), size);
    }

    private void createParentDirectories(Path target) throws IOException {
        Path shard2 = target.getParent();
        Path shard1 = shard2.getParent();
        if (!Files.isDirectory(shard1)) {
            Files.createDirectories(shard1);
            forceDirectory(root);
        }
        if (!Files.isDirectory(shard2)) {
            Files.createDirectories(shard2);
            forceDirectory(shard1);
        }
    }

    /**
     * Forces a directory's entries to disk, so that a rename or a deletion survives a crash. Not every
     * platform can open a directory (Windows cannot): there the rename is as durable as the file system
     * makes it.
     */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {} to disk on this platform", directory, e);
        }
    }

    private int deleteTemporaryFiles(Instant modifiedBefore) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, TMP_PREFIX + "*" + TMP_SUFFIX)) {
            for (Path file : files) {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(modifiedBefore)
                            && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                } catch (NoSuchFileException e) {
                    // its writer finished (or cleaned it) meanwhile
                }
            }
        }
        return deleted;
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static String normalizeDigest(String sha256) {
        String hex = Objects.requireNonNull(sha256, "expectedSha256").toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("expectedSha256 must be 64 hexadecimal characters");
        }
        return hex;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "FileSystemBlobStore[" + root + "]";
    }
}
