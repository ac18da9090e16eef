package fr.eadmin.archive.seda;

import fr.eadmin.archive.internal.Sha512;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a transfer package back and checks it, in one streaming pass, without extracting anything: the zip
 * structure (paths, duplicates, sizes and compression ratios against zip bombs), the manifest (well-formed,
 * a SEDA 2.2 {@code ArchiveTransfer}, valid against the schema when one is given), and the content (every
 * {@code Uri} present, SHA-512 digests and sizes as announced, no file the manifest does not describe,
 * no reference to an undescribed data object).
 *
 * <p>Every problem is reported as a value ({@link SipReport}); reading stops only when a limit is exceeded.
 *
 * {@snippet :
 * SipReport report = SipChecker.withSchema(SedaSchema.load(Path.of("seda"))).check(Path.of("sip.zip"));
 * if (!report.isValid()) report.problems().forEach(p -> log.warn("{} {}", p.code(), p.location()));
 * }
 *
 * <p>Thread-safe.
 */
public final class SipChecker {
    private static final int BUFFER = 64 * 1024;
    private static final long RATIO_FLOOR = 1L << 20;

    private final @Nullable SedaSchema schema;
    private final SipLimits limits;

    private SipChecker(@Nullable SedaSchema schema, SipLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /**
     * A checker of everything but the schema.
     *
     * @return the checker
     */
    public static SipChecker withoutSchema() {
        return new SipChecker(null, SipLimits.DEFAULT);
    }

    /**
     * A checker that also validates the manifest against the SEDA 2.2 schema.
     *
     * @param schema the compiled schema
     * @return the checker
     */
    public static SipChecker withSchema(SedaSchema schema) {
        return new SipChecker(Objects.requireNonNull(schema, "schema"), SipLimits.DEFAULT);
    }

    /**
     * The same checker with other limits.
     *
     * @param newLimits the limits
     * @return a new checker
     */
    public SipChecker withLimits(SipLimits newLimits) {
        return new SipChecker(schema, Objects.requireNonNull(newLimits, "newLimits"));
    }

    /**
     * Checks a package file.
     *
     * @param sip the zip file
     * @return the report
     * @throws IOException if the file cannot be read at all
     */
    public SipReport check(Path sip) throws IOException {
        Objects.requireNonNull(sip, "sip");
        try (InputStream in = Files.newInputStream(sip)) {
            return check(in);
        }
    }

    /**
     * Checks a package read from a stream (not closed).
     *
     * @param sip the zip's bytes
     * @return the report
     * @throws IOException if reading the stream fails
     */
    public SipReport check(InputStream sip) throws IOException {
        Objects.requireNonNull(sip, "sip");
        List<SipProblem> problems = new ArrayList<>();
        Map<String, FileInfo> files = new LinkedHashMap<>();
        byte[] manifest = null;
        int entries = 0;
        long total = 0;
        Counting raw = new Counting(sip);
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            reading:
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (entries > limits.maxEntries()) {
                    problems.add(new SipProblem(
                            SipProblemCode.TOO_MANY_ENTRIES,
                            entry.getName(),
                            "more than " + limits.maxEntries() + " entries; reading stopped"));
                    break;
                }
                String name = entry.getName();
                String unsafe = unsafe(name);
                if (unsafe != null) {
                    problems.add(new SipProblem(SipProblemCode.UNSAFE_PATH, printable(name), unsafe));
                }
                boolean duplicate = files.containsKey(name);
                if (duplicate) {
                    problems.add(new SipProblem(
                            SipProblemCode.DUPLICATE_ENTRY, printable(name), "a second entry has this path"));
                }
                boolean isManifest = name.equals(SipBuilder.MANIFEST);
                ByteArrayOutputStream kept = isManifest && !duplicate ? new ByteArrayOutputStream() : null;
                MessageDigest digest = Sha512.newDigest();
                long size = 0;
                long start = raw.count;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    digest.update(buffer, 0, n);
                    if (kept != null) {
                        if (size > limits.maxManifestSize()) {
                            problems.add(new SipProblem(
                                    SipProblemCode.ENTRY_TOO_LARGE,
                                    name,
                                    "the manifest exceeds " + limits.maxManifestSize() + " bytes; reading stopped"));
                            break reading;
                        }
                        kept.write(buffer, 0, n);
                    }
                    SipProblem limit = limit(name, size, total, raw.count - start);
                    if (limit != null) {
                        problems.add(limit);
                        break reading;
                    }
                }
                if (kept != null) {
                    manifest = kept.toByteArray();
                }
                if (!entry.isDirectory() && !duplicate) {
                    files.put(name, new FileInfo(HexFormat.of().formatHex(digest.digest()), size, unsafe == null));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new SipProblem(
                    SipProblemCode.NOT_A_ZIP,
                    "zip",
                    "the zip structure is damaged: " + e.getClass().getSimpleName()));
        }
        if (entries == 0 && problems.isEmpty()) {
            problems.add(new SipProblem(SipProblemCode.NOT_A_ZIP, "zip", "no zip entry found"));
        }
        int objects = 0;
        boolean schemaChecked = false;
        if (manifest == null && entries > 0) {
            if (problems.stream()
                    .noneMatch(p -> p.code() == SipProblemCode.ENTRY_TOO_LARGE
                            || p.code() == SipProblemCode.TOTAL_TOO_LARGE
                            || p.code() == SipProblemCode.COMPRESSION_RATIO_EXCEEDED
                            || p.code() == SipProblemCode.TOO_MANY_ENTRIES)) {
                problems.add(new SipProblem(
                        SipProblemCode.MANIFEST_MISSING, SipBuilder.MANIFEST, "no manifest at the root"));
            }
        } else if (manifest != null) {
            Manifest parsed = parse(manifest, problems);
            if (parsed != null) {
                objects = parsed.objects.size();
                SedaSchema seda = schema;
                if (seda != null) {
                    schemaChecked = true;
                    for (String error : seda.validate(manifest)) {
                        int colon = error.indexOf(':');
                        problems.add(new SipProblem(
                                SipProblemCode.MANIFEST_SCHEMA_INVALID,
                                SipBuilder.MANIFEST + ":" + error.substring(0, colon),
                                error.substring(colon + 1).strip()));
                    }
                }
                compare(parsed, files, problems);
            }
        }
        return new SipReport(problems, entries, objects, schemaChecked);
    }

    /**
     * Checks a package and, only if it has no problem, extracts it into a folder. Every path is resolved
     * inside the folder and checked again before writing; existing files are never overwritten. Nothing is
     * written when the package has a problem.
     *
     * @param sip the zip file
     * @param target the folder to extract into (created if missing)
     * @return the report of the check; the package was extracted if and only if it is valid
     * @throws IOException if reading or writing fails (files already extracted stay in the folder)
     */
    public SipReport extract(Path sip, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        SipReport report = check(sip);
        if (!report.isValid()) {
            return report;
        }
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(sip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root) || file.equals(root) || unsafe(entry.getName()) != null) {
                    throw new IOException("refusing to extract an entry outside " + root);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                long size = 0;
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        size += n;
                        if (size > limits.maxEntrySize()) {
                            throw new IOException("an entry grew beyond the size limit while extracting");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
        return report;
    }

    private @Nullable SipProblem limit(String name, long size, long total, long compressed) {
        if (size > limits.maxEntrySize()) {
            return new SipProblem(
                    SipProblemCode.ENTRY_TOO_LARGE,
                    printable(name),
                    "expands beyond " + limits.maxEntrySize() + " bytes; reading stopped");
        }
        if (total > limits.maxTotalSize()) {
            return new SipProblem(
                    SipProblemCode.TOTAL_TOO_LARGE,
                    printable(name),
                    "the package expands beyond " + limits.maxTotalSize() + " bytes; reading stopped");
        }
        if (size > RATIO_FLOOR && size / Math.max(1, compressed) > limits.maxRatio()) {
            return new SipProblem(
                    SipProblemCode.COMPRESSION_RATIO_EXCEEDED,
                    printable(name),
                    "expands more than " + limits.maxRatio() + " times; reading stopped");
        }
        return null;
    }

    /**
     * Why a zip entry's path is unsafe to extract, or null if it is safe.
     *
     * @param name the entry's path
     * @return the reason, or null
     */
    static @Nullable String unsafe(String name) {
        if (name.isEmpty()) {
            return "empty path";
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.length() > 1 && name.charAt(1) == ':') {
            return "absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in path";
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7F) {
                return "control character in path";
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "path climbs out with ..";
            }
            if (segment.equals(".")) {
                return "path with a . segment";
            }
        }
        return null;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && i < 300; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return out.toString();
    }

    private static void compare(Manifest manifest, Map<String, FileInfo> files, List<SipProblem> problems) {
        Set<String> described = new HashSet<>();
        for (DataObject object : manifest.objects.values()) {
            String uri = object.uri;
            if (uri == null || uri.isBlank()) {
                problems.add(new SipProblem(SipProblemCode.BAD_URI, object.id, "the data object has no Uri"));
                continue;
            }
            if (!described.add(uri)) {
                problems.add(new SipProblem(SipProblemCode.BAD_URI, object.id, "another data object has the same Uri"));
                continue;
            }
            FileInfo file = files.get(uri);
            if (file == null) {
                problems.add(new SipProblem(SipProblemCode.MISSING_FILE, object.id, "no entry " + printable(uri)));
                continue;
            }
            if (!"SHA-512".equals(object.algorithm)) {
                problems.add(new SipProblem(
                        SipProblemCode.UNSUPPORTED_DIGEST_ALGORITHM,
                        object.id,
                        "digest algorithm " + object.algorithm + " is not SHA-512"));
            } else if (!file.sha512.equals(hex(object.digest))) {
                problems.add(new SipProblem(
                        SipProblemCode.DIGEST_MISMATCH, object.id, uri + " does not have the announced digest"));
            }
            if (object.size != null && !object.size.equals(Long.toString(file.size))) {
                problems.add(new SipProblem(
                        SipProblemCode.SIZE_MISMATCH,
                        object.id,
                        uri + " has " + file.size + " bytes, the manifest says " + object.size));
            }
        }
        for (Map.Entry<String, FileInfo> file : files.entrySet()) {
            if (!file.getKey().equals(SipBuilder.MANIFEST)
                    && !described.contains(file.getKey())
                    && file.getValue().safe) {
                problems.add(new SipProblem(
                        SipProblemCode.ORPHAN_FILE, printable(file.getKey()), "no data object describes this file"));
            }
        }
        for (String reference : manifest.references) {
            if (!manifest.objects.containsKey(reference)) {
                problems.add(
                        new SipProblem(SipProblemCode.DANGLING_REFERENCE, reference, "no data object has this id"));
            }
        }
    }

    private static String hex(@Nullable String digest) {
        if (digest == null) {
            return "";
        }
        String text = digest.strip();
        if (text.length() == 128 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return text.toLowerCase(Locale.ROOT);
        }
        try {
            return HexFormat.of().formatHex(Base64.getMimeDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static @Nullable Manifest parse(byte[] manifest, List<SipProblem> problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Manifest parsed = new Manifest();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(manifest));
            xml.nextTag();
            if (!SipBuilder.NAMESPACE.equals(xml.getNamespaceURI()) || !"ArchiveTransfer".equals(xml.getLocalName())) {
                problems.add(new SipProblem(
                        SipProblemCode.MANIFEST_NOT_SEDA,
                        SipBuilder.MANIFEST,
                        "the root is not a SEDA 2.2 ArchiveTransfer"));
                return null;
            }
            DataObject current = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("a manifest declares no DTD", xml.getLocation());
                }
                if (event == XMLStreamConstants.END_ELEMENT && "BinaryDataObject".equals(xml.getLocalName())) {
                    current = null;
                }
                if (event != XMLStreamConstants.START_ELEMENT || !SipBuilder.NAMESPACE.equals(xml.getNamespaceURI())) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "BinaryDataObject" -> {
                        String id = Objects.requireNonNullElse(xml.getAttributeValue(null, "id"), "");
                        current = new DataObject(id);
                        if (parsed.objects.putIfAbsent(id, current) != null) {
                            problems.add(new SipProblem(
                                    SipProblemCode.MANIFEST_NOT_SEDA, id, "two data objects have this id"));
                        }
                    }
                    case "Uri" -> {
                        if (current != null) {
                            current.uri = xml.getElementText().strip();
                        }
                    }
                    case "MessageDigest" -> {
                        if (current != null) {
                            current.algorithm = xml.getAttributeValue(null, "algorithm");
                            current.digest = xml.getElementText();
                        }
                    }
                    case "Size" -> {
                        if (current != null) {
                            current.size = xml.getElementText().strip();
                        }
                    }
                    case "DataObjectReferenceId" ->
                        parsed.references.add(xml.getElementText().strip());
                    default -> {}
                }
            }
            return parsed;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(new SipProblem(
                    SipProblemCode.MANIFEST_NOT_WELL_FORMED,
                    SipBuilder.MANIFEST + ":" + line,
                    "the manifest is not well-formed XML"));
            return null;
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing held but memory
                }
            }
        }
    }

    private record FileInfo(String sha512, long size, boolean safe) {}

    private static final class DataObject {
        final String id;

        @Nullable
        String uri;

        @Nullable
        String algorithm;

        @Nullable
        String digest;

        @Nullable
        String size;

        DataObject(String id) {
            this.id = id;
        }
    }

    private static final class Manifest {
        final Map<String, DataObject> objects = new LinkedHashMap<>();
        final List<String> references = new ArrayList<>();
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
