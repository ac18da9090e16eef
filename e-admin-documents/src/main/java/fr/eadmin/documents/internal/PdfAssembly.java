package fr.eadmin.documents.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document-level parts of a PDF/A-3b file: version, language, information dictionary and the XMP packet that
 * repeats it (pdfaid part 3, conformance B), the sRGB output intent, viewer preferences, and the machine-readable
 * data as an associated file ({@code /AF}, {@code /AFRelationship /Data}). The ICC profile is read once.
 */
public final class PdfAssembly {
    /** The name of the embedded data file. */
    public static final String DATA_FILE = "donnees.json";

    /** The MIME type of the embedded data file. */
    public static final String DATA_TYPE = "application/json";

    private static final byte[] SRGB_FLATE =
            deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String TOOL = "e-admin documents";

    /** PDF/A allows only declared XMP schemas: the PDF/UA identification schema, declared. */
    private static final String PDFUA_EXTENSION = "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
            + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
            + "<pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\n"
            + "<pdfaProperty:name>part</pdfaProperty:name>\n"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
            + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
            + "</rdf:Description>\n";

    private PdfAssembly() {}

    /**
     * Sets the document-level parts.
     *
     * @param doc the new document
     * @param title the title (shown by viewers instead of the file name)
     * @param author the issuer
     * @param subject the kind of document
     * @param issuedAt the creation and modification date
     * @throws IOException if PDFBox fails
     */
    public static void prepare(PDDocument doc, String title, String author, String subject, Instant issuedAt)
            throws IOException {
        doc.setVersion(1.7f);
        Calendar date = calendar(issuedAt);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(TOOL);
        info.setProducer(TOOL);
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("fr-FR");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, author, subject, issuedAt));
        catalog.setMetadata(metadata);
        COSDictionary intentDictionary = new COSDictionary();
        intentDictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intentDictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        intentDictionary.setItem(COSName.DEST_OUTPUT_PROFILE, iccProfile(doc));
        PDOutputIntent intent = new PDOutputIntent(intentDictionary);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * Embeds the machine-readable data as an associated file of the document.
     *
     * @param doc the document
     * @param json the data
     * @param description what the data is, for people
     * @param issuedAt the modification date of the file
     * @throws IOException if PDFBox fails
     */
    public static void embedData(PDDocument doc, byte[] json, String description, Instant issuedAt) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype(DATA_TYPE);
        file.setSize(json.length);
        file.setModDate(calendar(issuedAt));
        COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
        if (params != null) {
            params.setItem(COSName.getPDFName("CheckSum"), new COSString(digest("MD5", json)));
        }
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(DATA_FILE);
        spec.setFileUnicode(DATA_FILE);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(DATA_FILE, spec));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /**
     * Saves a document with a classic cross-reference table and no object streams: the simplest layout for the
     * incremental update a signature appends later, and the fastest to write. Content streams are compressed.
     *
     * @param doc the document
     * @return the PDF file
     * @throws IOException if PDFBox fails
     */
    public static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024); // a one-page document and its font
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /**
     * A digest.
     *
     * @param algorithm such as {@code "SHA-256"}
     * @param bytes the data
     * @return the digest
     */
    public static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** The sRGB profile, compressed once, as a new stream of the document. */
    private static COSStream iccProfile(PDDocument doc) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(SRGB_FLATE);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        stream.setInt(COSName.N, 3);
        return stream;
    }

    private static Calendar calendar(Instant instant) {
        return GregorianCalendar.from(
                ZonedDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), PARIS));
    }

    private static byte[] xmp(String title, String author, String subject, Instant issuedAt) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                ZonedDateTime.ofInstant(issuedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), PARIS));
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfaid:part>3</pdfaid:part>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<xmp:CreatorTool>" + TOOL + "</xmp:CreatorTool>\n"
                + "<pdf:Producer>" + TOOL + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + PDFUA_EXTENSION
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    /** Compresses, as tightly as Flate can, bytes that are compressed once and embedded in every document. */
    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        Deflater compressor = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, compressor)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        } finally {
            compressor.end();
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
