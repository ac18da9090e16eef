package fr.eadmin.archive.seda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official SEDA 2.2 schema, compiled once from a folder on disk. The schemas are not shipped in this
 * library (their publisher states no licence for redistribution): the application points at its copy.
 *
 * <p>The folder holds {@code seda-2.2-main.xsd} (directly, or in a {@code 2.2/} sub-folder) and the two W3C
 * schemas it imports, {@code w3c/2001/xml.xsd} and {@code w3c/1999/xlink.xsd} (in the folder or its parent).
 * Imports are resolved locally; the network is never used.
 *
 * <p>Thread-safe: a compiled schema is shared, each validation uses its own validator.
 */
public final class SedaSchema {
    /** The entry point of the schema. */
    public static final String MAIN = "seda-2.2-main.xsd";

    private static final int MAX_ERRORS = 100;

    private final Schema schema;

    private SedaSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * Compiles the schema of a folder.
     *
     * @param folder the folder, as described above
     * @return the schema
     * @throws SchemaUnavailableException if a file is missing or the schema does not compile
     */
    public static SedaSchema load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Path main = folder.resolve(MAIN);
        if (!Files.isRegularFile(main)) {
            main = folder.resolve("2.2").resolve(MAIN);
        }
        if (!Files.isRegularFile(main)) {
            throw new SchemaUnavailableException("no " + MAIN + " in " + folder + " nor in its 2.2 folder", null);
        }
        Path w3c = null;
        Path parent = main.toAbsolutePath().getParent();
        for (Path candidate : new Path[] {parent, parent.getParent(), folder.toAbsolutePath()}) {
            if (w3c == null && candidate != null && Files.isRegularFile(candidate.resolve("w3c/2001/xml.xsd"))) {
                w3c = candidate.resolve("w3c");
            }
        }
        if (w3c == null) {
            throw new SchemaUnavailableException("no w3c/2001/xml.xsd next to the SEDA schema in " + folder, null);
        }
        Map<String, Path> local = Map.of(
                "http://www.w3.org/2001/xml.xsd", w3c.resolve("2001/xml.xsd"),
                "http://www.w3.org/1999/xlink.xsd", w3c.resolve("1999/xlink.xsd"));
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new LocalResolver(local));
            return new SedaSchema(factory.newSchema(main.toFile()));
        } catch (SAXException e) {
            throw new SchemaUnavailableException("the SEDA schema in " + folder + " does not compile", e);
        }
    }

    /**
     * Validates a manifest.
     *
     * @param manifest the manifest's bytes
     * @return the validation errors, as {@code line: message}; empty if valid (at most {@value #MAX_ERRORS})
     */
    public List<String> validate(byte[] manifest) {
        Objects.requireNonNull(manifest, "manifest");
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(e.getLineNumber() + ": " + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                    throw e;
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(manifest)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add("0: " + e.getMessage());
            }
        } catch (IOException e) {
            errors.add("0: " + e.getMessage());
        }
        return errors;
    }

    private record LocalResolver(Map<String, Path> local) implements LSResourceResolver {
        @Override
        public @Nullable LSInput resolveResource(
                String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            Path file = systemId == null ? null : local.get(systemId);
            return file == null ? null : new FileInput(file.toUri().toString(), publicId);
        }
    }

    private static final class FileInput implements LSInput {
        private String systemId;
        private @Nullable String publicId;

        FileInput(String systemId, @Nullable String publicId) {
            this.systemId = systemId;
            this.publicId = publicId;
        }

        @Override
        public @Nullable Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public @Nullable InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public @Nullable String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            this.systemId = systemId;
        }

        @Override
        public @Nullable String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            this.publicId = publicId;
        }

        @Override
        public @Nullable String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public @Nullable String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
