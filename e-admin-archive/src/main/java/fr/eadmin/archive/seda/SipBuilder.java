package fr.eadmin.archive.seda;

import fr.eadmin.archive.internal.HashingOutputStream;
import fr.eadmin.archive.internal.NonClosingOutputStream;
import fr.eadmin.archive.internal.Sha512;
import fr.eadmin.archive.journal.JournalExtract;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Builds a SEDA 2.2 transfer package (SIP): a zip with the documents under {@code Content/} and the
 * {@code manifest.xml} ({@code ArchiveTransfer}) at the root, in streaming.
 *
 * <p>Each document is copied into the zip while it is hashed (SHA-512) and its format recognised ({@link
 * FormatSniffer}); the manifest, which needs the digests, is written last. Only the descriptions are kept
 * in memory, never the content, so a dossier of several gigabytes is packaged in constant memory.
 *
 * {@snippet :
 * SipResult result = SipBuilder.create(clock).writeTo(header, List.of(dossier), Path.of("sip.zip"));
 * }
 *
 * <p>The manifest holds, in the order the schema requires: {@code Date}, {@code MessageIdentifier}, {@code
 * ArchivalAgreement}, {@code CodeListVersions}, the {@code DataObjectPackage} (one {@code BinaryDataObject}
 * per file: {@code DataObjectVersion} {@value #DATA_OBJECT_VERSION}, {@code Uri}, {@code MessageDigest}
 * SHA-512, {@code Size}, {@code FormatIdentification}, {@code FileInfo}; then the {@code
 * DescriptiveMetadata}: one {@code File} archive unit per dossier with its management rules, holding one
 * {@code Item} per document and one for the journal extract; then the {@code ManagementMetadata}), {@code
 * ArchivalAgency} and {@code TransferringAgency}.
 *
 * <p>Thread-safe: the builder holds only its settings.
 */
public final class SipBuilder {
    /** The namespace of SEDA 2.2. */
    public static final String NAMESPACE = "fr:gouv:culture:archivesdefrance:seda:v2.2";
    /** The name of the manifest, at the root of the package. */
    public static final String MANIFEST = "manifest.xml";
    /** The folder of the content in the package. */
    public static final String CONTENT = "Content/";
    /** The version of every data object: the original. */
    public static final String DATA_OBJECT_VERSION = "BinaryMaster_1";
    /** The digest algorithm of the manifest. */
    public static final String DIGEST_ALGORITHM = "SHA-512";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final int BUFFER = 64 * 1024;

    private final Clock clock;
    private final int level;

    private SipBuilder(Clock clock, int level) {
        this.clock = clock;
        this.level = level;
    }

    /**
     * A builder with the default compression level.
     *
     * @param clock the clock giving the message date
     * @return the builder
     */
    public static SipBuilder create(Clock clock) {
        return new SipBuilder(Objects.requireNonNull(clock, "clock"), Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * The same builder with another deflate level: 1 is fastest (documents are mostly compressed already:
     * PDF, JPEG), 9 smallest.
     *
     * @param compressionLevel 0 to 9, or -1 for the default
     * @return a new builder
     * @throws IllegalArgumentException if the level is out of range
     */
    public SipBuilder withCompressionLevel(int compressionLevel) {
        if (compressionLevel < -1 || compressionLevel > 9) {
            throw new IllegalArgumentException("a deflate level is -1 to 9, got " + compressionLevel);
        }
        return new SipBuilder(clock, compressionLevel);
    }

    /**
     * Writes a package to a new file, atomically: a temporary file in the same folder is moved into place
     * once complete, so that the file is either absent or whole.
     *
     * @param header the envelope
     * @param dossiers the dossiers, at least one
     * @param file the file to create
     * @return what the package holds
     * @throws FileAlreadyExistsException if the file exists (it is never overwritten)
     * @throws IOException if reading a document or writing fails; nothing is left behind then
     */
    public SipResult writeTo(SipHeader header, List<SipDossier> dossiers, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".sip-", ".part");
        try {
            SipResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
                result = write(header, dossiers, out);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a package to a stream, which is not closed.
     *
     * @param header the envelope
     * @param dossiers the dossiers, at least one
     * @param out where to write the zip
     * @return what the package holds
     * @throws IOException if reading a document or writing fails
     */
    public SipResult write(SipHeader header, List<SipDossier> dossiers, OutputStream out) throws IOException {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        List<SipDossier> units = List.copyOf(dossiers);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a package holds at least one dossier");
        }
        List<List<SipObject>> objects = new ArrayList<>();
        List<@Nullable SipObject> journals = new ArrayList<>();
        int next = 1;
        byte[] buffer = new byte[BUFFER];
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out));
        zip.setLevel(level);
        for (int d = 0; d < units.size(); d++) {
            SipDossier dossier = units.get(d);
            List<SipObject> written = new ArrayList<>();
            for (int i = 0; i < dossier.documents().size(); i++) {
                SipDocument document = dossier.documents().get(i);
                String uri = String.format(
                        Locale.ROOT, "%s%03d_%03d_%s", CONTENT, d + 1, i + 1, safeName(document.filename()));
                written.add(copy(document, "BDO-" + next++, uri, zip, buffer));
            }
            objects.add(written);
            journals.add(
                    dossier.journal().isEmpty()
                            ? null
                            : writeJournal(dossier.journal(), dossier.journalSeals(), "BDO-" + next++, d + 1, zip));
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        try {
            writeManifest(header, units, objects, journals, new NonClosingOutputStream(zip));
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the manifest", e);
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
        List<SipObject> all = new ArrayList<>();
        for (int d = 0; d < units.size(); d++) {
            all.addAll(objects.get(d));
            SipObject journal = journals.get(d);
            if (journal != null) {
                all.add(journal);
            }
        }
        return new SipResult(header.messageIdentifier(), all);
    }

    private static SipObject copy(SipDocument document, String id, String uri, ZipOutputStream zip, byte[] buffer)
            throws IOException {
        MessageDigest digest = Sha512.newDigest();
        FormatSniffer sniffer = FormatSniffer.create();
        long size = 0;
        zip.putNextEntry(new ZipEntry(uri));
        try (InputStream in = document.content().open()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                sniffer.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                size += n;
            }
        }
        zip.closeEntry();
        return new SipObject(
                id, uri, HexFormat.of().formatHex(digest.digest()), size, sniffer.result(), document.filename());
    }

    private static SipObject writeJournal(
            List<JournalEntry> entries, List<JournalSeal> seals, String id, int dossier, ZipOutputStream zip)
            throws IOException {
        String filename = String.format(Locale.ROOT, "journal-%03d.jsonl", dossier);
        String uri = CONTENT + String.format(Locale.ROOT, "%03d_", dossier) + filename;
        zip.putNextEntry(new ZipEntry(uri));
        HashingOutputStream out = new HashingOutputStream(zip, Sha512.newDigest());
        JournalEntry first = entries.get(0);
        JournalExtracts.write(
                JournalExtract.about(first.event().subjectType(), first.event().subjectId(), entries, seals), out);
        zip.closeEntry();
        return new SipObject(
                id,
                uri,
                HexFormat.of().formatHex(out.digest()),
                out.count(),
                new DetectedFormat("x-fmt/111", "text/plain", "JSON Lines"),
                filename);
    }

    /**
     * The name a file gets in the package: letters, digits, dot, dash and underscore only, at most 100
     * characters, never a dot-only name.
     *
     * @param filename the original name
     * @return the safe name
     */
    static String safeName(String filename) {
        String base = filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < base.length() && safe.length() < 100; i++) {
            char c = base.charAt(i);
            safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        }
        String name = safe.toString();
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "file" : name;
    }

    private void writeManifest(
            SipHeader header,
            List<SipDossier> dossiers,
            List<List<SipObject>> objects,
            List<@Nullable SipObject> journals,
            OutputStream out)
            throws XMLStreamException, IOException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "ArchiveTransfer");
        xml.writeDefaultNamespace(NAMESPACE);
        element(xml, "Date", DATE.format(OffsetDateTime.now(clock.withZone(PARIS))));
        element(xml, "MessageIdentifier", header.messageIdentifier());
        element(xml, "ArchivalAgreement", header.archivalAgreement());
        xml.writeEmptyElement(NAMESPACE, "CodeListVersions");
        xml.writeStartElement(NAMESPACE, "DataObjectPackage");
        for (int d = 0; d < dossiers.size(); d++) {
            for (SipObject object : objects.get(d)) {
                binaryDataObject(xml, object);
            }
            SipObject journal = journals.get(d);
            if (journal != null) {
                binaryDataObject(xml, journal);
            }
        }
        xml.writeStartElement(NAMESPACE, "DescriptiveMetadata");
        int unit = 1;
        for (int d = 0; d < dossiers.size(); d++) {
            SipDossier dossier = dossiers.get(d);
            xml.writeStartElement(NAMESPACE, "ArchiveUnit");
            xml.writeAttribute("id", "AU-" + unit++);
            management(xml, dossier);
            xml.writeStartElement(NAMESPACE, "Content");
            element(xml, "DescriptionLevel", "File");
            element(xml, "Title", dossier.title());
            element(xml, "OriginatingAgencyArchiveUnitIdentifier", dossier.reference());
            if (dossier.description() != null) {
                element(xml, "Description", dossier.description());
            }
            element(xml, "StartDate", dossier.startDate().toString());
            element(xml, "EndDate", dossier.endDate().toString());
            end(xml);
            List<SipObject> written = objects.get(d);
            for (int i = 0; i < written.size(); i++) {
                unit = item(xml, unit, dossier.documents().get(i).title(), written.get(i), null);
            }
            SipObject journal = journals.get(d);
            if (journal != null) {
                unit = item(xml, unit, "Journal de traçabilité", journal, dossier.endDate());
            }
            end(xml);
        }
        end(xml);
        xml.writeStartElement(NAMESPACE, "ManagementMetadata");
        element(xml, "OriginatingAgencyIdentifier", header.originatingAgencyIdentifier());
        element(xml, "SubmissionAgencyIdentifier", header.submissionAgencyIdentifier());
        end(xml);
        end(xml);
        agency(xml, "ArchivalAgency", header.archivalAgency());
        agency(xml, "TransferringAgency", header.transferringAgency());
        xml.writeEndElement(); // ArchiveTransfer
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        out.flush();
    }

    private static void management(XMLStreamWriter xml, SipDossier dossier) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "Management");
        xml.writeStartElement(NAMESPACE, "AppraisalRule");
        element(xml, "Rule", dossier.appraisal().rule());
        element(xml, "StartDate", dossier.appraisal().startDate().toString());
        element(xml, "FinalAction", dossier.appraisal().finalAction().code());
        end(xml);
        AccessRule access = dossier.access();
        if (access != null) {
            xml.writeStartElement(NAMESPACE, "AccessRule");
            element(xml, "Rule", access.rule());
            element(xml, "StartDate", access.startDate().toString());
            end(xml);
        }
        end(xml);
    }

    private static int item(XMLStreamWriter xml, int unit, String title, SipObject object, @Nullable LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "ArchiveUnit");
        xml.writeAttribute("id", "AU-" + unit);
        xml.writeStartElement(NAMESPACE, "Content");
        element(xml, "DescriptionLevel", "Item");
        element(xml, "Title", title);
        if (date != null) {
            element(xml, "EndDate", date.toString());
        }
        end(xml);
        xml.writeStartElement(NAMESPACE, "DataObjectReference");
        element(xml, "DataObjectReferenceId", object.id());
        end(xml);
        end(xml);
        return unit + 1;
    }

    private static void binaryDataObject(XMLStreamWriter xml, SipObject object) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "BinaryDataObject");
        xml.writeAttribute("id", object.id());
        element(xml, "DataObjectVersion", DATA_OBJECT_VERSION);
        element(xml, "Uri", object.uri());
        xml.writeStartElement(NAMESPACE, "MessageDigest");
        xml.writeAttribute("algorithm", DIGEST_ALGORITHM);
        xml.writeCharacters(object.sha512());
        end(xml);
        if (object.size() > 0) {
            // The schema's SizeInBytesType starts at 1: an empty file has no Size (its digest still says it is empty).
            element(xml, "Size", Long.toString(object.size()));
        }
        xml.writeStartElement(NAMESPACE, "FormatIdentification");
        element(xml, "FormatLitteral", object.format().name());
        element(xml, "MimeType", object.format().mimeType());
        if (object.format().pronomId() != null) {
            element(xml, "FormatId", object.format().pronomId());
        }
        end(xml);
        xml.writeStartElement(NAMESPACE, "FileInfo");
        element(xml, "Filename", object.filename());
        end(xml);
        end(xml);
    }

    private static void agency(XMLStreamWriter xml, String name, Agency agency) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        element(xml, "Identifier", agency.identifier());
        end(xml);
    }

    private static void element(XMLStreamWriter xml, String name, @Nullable String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(Objects.requireNonNull(text, name));
        end(xml);
    }

    /** Ends an element and starts a new line: every leaf on a line of its own, so problems have a useful line. */
    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
