package fr.eadmin.archive.store;

import fr.eadmin.archive.internal.HashingOutputStream;
import fr.eadmin.archive.internal.Sha512;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-once archive store on a filesystem: transfer packages ({@code sips/<message id>.zip}) and the
 * archive service's receipts ({@code receipts/<message id>/<kind>.xml}), kept as given.
 *
 * <p>Each file is written to a temporary file, then linked into place, which fails if the name is taken: a
 * file is either absent or whole, and is never overwritten ({@link AlreadyArchivedException}). Next to each
 * file, {@code <file>.sha512} records its SHA-512 digest in the format of {@code sha512sum}, so that {@code
 * sha512sum -c} checks the store independently; {@link #audit()} re-hashes everything and reports missing,
 * corrupt and unexpected files.
 *
 * <p>Thread-safe; several processes may share the folder.
 */
public final class FileSystemArchiveStore {
    /** The suffix of the digest files. */
    public static final String DIGEST_SUFFIX = ".sha512";

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemArchiveStore.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String TMP = ".tmp";

    private final Path root;

    private FileSystemArchiveStore(Path root) {
        this.root = root;
    }

    /**
     * Opens (and creates if needed) a store in a folder.
     *
     * @param root the folder
     * @return the store
     * @throws IOException if the folder cannot be created
     */
    public static FileSystemArchiveStore open(Path root) throws IOException {
        Path absolute = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        Files.createDirectories(absolute.resolve(TMP));
        return new FileSystemArchiveStore(absolute);
    }

    /**
     * Archives a transfer package.
     *
     * @param messageIdentifier the transfer's message identifier: letters, digits, {@code . _ -}
     * @param content the package (read to the end, not closed)
     * @return the stored file
     * @throws AlreadyArchivedException if a package with this identifier is archived
     * @throws IOException if reading or writing fails; nothing is stored then
     */
    public StoredFile storeSip(String messageIdentifier, InputStream content) throws IOException {
        return store("sips/" + id(messageIdentifier) + ".zip", content);
    }

    /**
     * Archives a receipt of the archive service about a transfer, as given.
     *
     * @param messageIdentifier the transfer's message identifier
     * @param kind which receipt
     * @param content the receipt (read to the end, not closed)
     * @return the stored file
     * @throws AlreadyArchivedException if this receipt is archived
     * @throws IOException if reading or writing fails; nothing is stored then
     */
    public StoredFile storeReceipt(String messageIdentifier, ReceiptKind kind, InputStream content) throws IOException {
        Objects.requireNonNull(kind, "kind");
        return store("receipts/" + id(messageIdentifier) + "/" + kind.fileName(), content);
    }

    /**
     * Opens an archived package.
     *
     * @param messageIdentifier the transfer's message identifier
     * @return its content, or empty if not archived
     * @throws IOException if it exists but cannot be opened
     */
    public Optional<InputStream> openSip(String messageIdentifier) throws IOException {
        return open("sips/" + id(messageIdentifier) + ".zip");
    }

    /**
     * Opens an archived receipt.
     *
     * @param messageIdentifier the transfer's message identifier
     * @param kind which receipt
     * @return its content, or empty if not archived
     * @throws IOException if it exists but cannot be opened
     */
    public Optional<InputStream> openReceipt(String messageIdentifier, ReceiptKind kind) throws IOException {
        return open("receipts/" + id(messageIdentifier) + "/"
                + Objects.requireNonNull(kind, "kind").fileName());
    }

    /**
     * Re-hashes every file of the store.
     *
     * @return the files missing, corrupt and unexpected
     * @throws IOException if the store cannot be listed
     */
    public ArchiveAuditReport audit() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> corrupt = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        long checked = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(root.resolve(TMP)))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String relative = relative(file);
            if (relative.endsWith(DIGEST_SUFFIX)) {
                Path content = file.resolveSibling(file.getFileName().toString().replaceAll("\\.sha512$", ""));
                if (!Files.exists(content)) {
                    missing.add(relative(content));
                }
                continue;
            }
            Path digestFile = file.resolveSibling(file.getFileName() + DIGEST_SUFFIX);
            if (!Files.exists(digestFile)) {
                unexpected.add(relative);
                continue;
            }
            checked++;
            String recorded =
                    Files.readString(digestFile, StandardCharsets.US_ASCII).split("\\s", 2)[0];
            if (!recorded.equalsIgnoreCase(sha512(file))) {
                corrupt.add(relative);
            }
        }
        LOG.info(
                "archive store audit: {} checked, {} missing, {} corrupt, {} unexpected",
                checked,
                missing.size(),
                corrupt.size(),
                unexpected.size());
        return new ArchiveAuditReport(checked, missing, corrupt, unexpected);
    }

    private StoredFile store(String path, InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path target = root.resolve(path);
        if (Files.exists(target)) {
            throw new AlreadyArchivedException(path);
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(root.resolve(TMP), "store-", ".part");
        Path tempDigest = Files.createTempFile(root.resolve(TMP), "store-", ".part");
        try {
            HashingOutputStream hashing;
            try (OutputStream out = Files.newOutputStream(temp)) {
                hashing = new HashingOutputStream(out, Sha512.newDigest());
                content.transferTo(hashing);
                hashing.flush();
            }
            String hex = HexFormat.of().formatHex(hashing.digest());
            Files.writeString(tempDigest, hex + "  " + target.getFileName() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw new AlreadyArchivedException(path);
            } catch (UnsupportedOperationException e) {
                // A filesystem without hard links: a move that refuses an existing target (not atomic against
                // a concurrent writer of the same name, which the message identifier makes unlikely).
                try {
                    Files.move(temp, target);
                } catch (FileAlreadyExistsException taken) {
                    throw new AlreadyArchivedException(path);
                }
            }
            Files.move(tempDigest, target.resolveSibling(target.getFileName() + DIGEST_SUFFIX));
            LOG.info("archived {} ({} bytes)", path, hashing.count());
            return new StoredFile(path, hex, hashing.count());
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(tempDigest);
        }
    }

    private Optional<InputStream> open(String path) throws IOException {
        try {
            return Optional.of(Files.newInputStream(root.resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String id(String messageIdentifier) {
        Objects.requireNonNull(messageIdentifier, "messageIdentifier");
        if (!ID.matcher(messageIdentifier).matches()) {
            throw new IllegalArgumentException(
                    "a message identifier in the store is 1 to 128 letters, digits, '.', '_' or '-'");
        }
        return messageIdentifier;
    }

    private static String sha512(Path file) throws IOException {
        MessageDigest digest = Sha512.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
