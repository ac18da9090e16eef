package fr.eadmin.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every artifact the main job lists in {@code index.json} passes the independent check of its kind, made by
 * tools that share no code with e-admin: qpdf and veraPDF for PDFs, pdfsig and openssl for signatures,
 * openssl for timestamps, xmllint against the official SEDA 2.2 schemas for transfer packages, and for
 * journals the hash chain recomputed here from its published definition with each seal checked by openssl.
 */
class IndependentChecksTest {
    private static final Set<String> KINDS = Set.of(
            "pdf", "pdf-signed", "cades-signature", "timestamp-token", "sip", "journal", "trust-anchor", "report");

    /**
     * The time openssl checks certificates at: a relying party's "now", sixty days after the run's clock (whose
     * fixed instant may be ahead of the machine's), after every moment of the stories and well within the
     * certificates' validity.
     */
    private static final String ATTIME =
            Long.toString(DemoRun.CLOCK.instant().plus(Duration.ofDays(60)).getEpochSecond());

    @TestFactory
    Stream<DynamicTest> everyArtifactPassesTheIndependentCheckOfItsKind() throws Exception {
        DemoRun run = DemoRun.shared();
        JsonNode artifacts = new ObjectMapper()
                .readTree(run.out.resolve("index.json").toFile())
                .get("artifacts");
        Path anchors = trustAnchors(run.out, artifacts);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode artifact : artifacts) {
            String kind = artifact.get("kind").asText();
            String path = artifact.get("path").asText();
            tests.add(DynamicTest.dynamicTest(kind + " " + path, () -> check(run.out, artifact, anchors)));
        }
        return tests.stream();
    }

    @Test
    void everyKindAndEveryScenarioIsRepresented() throws Exception {
        DemoRun run = DemoRun.shared();
        Set<String> kinds = new java.util.HashSet<>();
        Set<String> scenarios = new java.util.HashSet<>();
        for (JsonNode artifact : new ObjectMapper()
                .readTree(run.out.resolve("index.json").toFile())
                .get("artifacts")) {
            kinds.add(artifact.get("kind").asText());
            scenarios.add(artifact.get("scenario").asText());
        }
        assertThat(kinds).isEqualTo(KINDS);
        assertThat(scenarios)
                .containsExactlyInAnyOrderElementsOf(
                        Main.scenarios().stream().map(Scenario::name).toList());
    }

    @Test
    void theIndexUsesOnlyKnownKindsAndRelativePathsInsideTheOutputFolder() throws Exception {
        DemoRun run = DemoRun.shared();
        for (JsonNode artifact : new ObjectMapper()
                .readTree(run.out.resolve("index.json").toFile())
                .get("artifacts")) {
            assertThat(KINDS).contains(artifact.get("kind").asText());
            for (String field : List.of("path", "content", "data")) {
                if (artifact.has(field)) {
                    String path = artifact.get(field).asText();
                    assertThat(path).doesNotStartWith("/").doesNotContain("\\").doesNotContain("..");
                    assertThat(run.out.resolve(path)).isRegularFile();
                }
            }
        }
    }

    /** The checks are not blind: each fails on a copy of a real artifact with one thing changed. */
    @Test
    void theChecksRefuseTamperedCopies() throws Exception {
        DemoRun run = DemoRun.shared();
        JsonNode artifacts = new ObjectMapper()
                .readTree(run.out.resolve("index.json").toFile())
                .get("artifacts");
        Path anchors = trustAnchors(run.out, artifacts);
        Path work = Files.createTempDirectory("eadmin-tampered-");
        for (JsonNode artifact : artifacts) {
            Path file = run.out.resolve(artifact.get("path").asText());
            switch (artifact.get("kind").asText()) {
                case "journal" -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(file));
                    int entry = lines.size() / 2;
                    while (!lines.get(entry).contains("\"action\"")) {
                        entry--;
                    }
                    lines.set(entry, lines.get(entry).replaceFirst("\"action\":\"", "\"action\":\"x"));
                    Path tampered = Files.write(work.resolve("journal.jsonl"), lines);
                    assertThatThrownBy(() -> checkJournal(tampered, anchors))
                            .as("a changed action in %s", file.getFileName())
                            .isInstanceOf(AssertionError.class)
                            .hasMessageContaining("hash at");
                }
                case "pdf", "pdf-signed" -> {
                    byte[] pdf = Files.readAllBytes(file);
                    Path truncated =
                            Files.write(work.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
                    assertThatThrownBy(() -> checkPdf(truncated)).isInstanceOf(AssertionError.class);
                }
                case "cades-signature" -> {
                    byte[] content = Files.readAllBytes(
                            run.out.resolve(artifact.get("content").asText()));
                    content[content.length / 2] ^= 1;
                    Path changed = Files.write(work.resolve("content.bin"), content);
                    assertThatThrownBy(() -> checkCades(file, changed, anchors)).isInstanceOf(AssertionError.class);
                }
                case "timestamp-token" -> {
                    byte[] data = Files.readAllBytes(
                            run.out.resolve(artifact.get("data").asText()));
                    data[data.length / 2] ^= 1;
                    Path changed = Files.write(work.resolve("data.bin"), data);
                    assertThatThrownBy(() -> checkToken(file, changed, anchors)).isInstanceOf(AssertionError.class);
                }
                default -> {
                    // the other kinds are checked against tampering by their modules' tests
                }
            }
        }
    }

    private static void check(Path out, JsonNode artifact, Path anchors) throws Exception {
        Path file = out.resolve(artifact.get("path").asText());
        switch (artifact.get("kind").asText()) {
            case "pdf" -> checkPdf(file);
            case "pdf-signed" -> checkSignedPdf(file, anchors);
            case "cades-signature" ->
                checkCades(file, out.resolve(artifact.get("content").asText()), anchors);
            case "timestamp-token" ->
                checkToken(file, out.resolve(artifact.get("data").asText()), anchors);
            case "sip" -> checkSip(file);
            case "journal" -> checkJournal(file, anchors);
            case "trust-anchor" -> checkTrustAnchor(file);
            case "report" -> checkReport(file);
            default -> fail("unknown kind " + artifact.get("kind"));
        }
    }

    /** Every trust anchor the scenarios published, in one PEM file for openssl's {@code -CAfile}. */
    private static Path trustAnchors(Path out, JsonNode artifacts) throws IOException {
        StringBuilder pem = new StringBuilder();
        for (JsonNode artifact : artifacts) {
            if (artifact.get("kind").asText().equals("trust-anchor")) {
                pem.append(Files.readString(out.resolve(artifact.get("path").asText())));
            }
        }
        Path file = Files.createTempFile("eadmin-anchors-", ".pem");
        Files.writeString(file, pem.toString());
        return file;
    }

    // ---- PDF

    private static void checkPdf(Path file) throws Exception {
        PdfChecks.qpdf(file);
        PdfChecks.pdfA3b(file);
    }

    /**
     * A signed PDF: qpdf and veraPDF as any PDF; pdfsig finds every signature valid; and openssl verifies each
     * signature over its signed byte ranges up to a published trust anchor (pdfsig alone would need the
     * anchor in an NSS database).
     */
    private static void checkSignedPdf(Path file, Path anchors) throws Exception {
        checkPdf(file);
        ExternalTools.Result pdfsig = ExternalTools.run(file.getParent(), "pdfsig", "-nocert", file.toString());
        assertThat(pdfsig.succeeded()).as(pdfsig.toString()).isTrue();
        int signatures = count(pdfsig.output(), "Signature #");
        assertThat(signatures).as(pdfsig.toString()).isPositive();
        assertThat(count(pdfsig.output(), "Signature is Valid."))
                .as(pdfsig.toString())
                .isEqualTo(signatures);

        Path work = Files.createTempDirectory("eadmin-pdfsig-");
        byte[] pdf = Files.readAllBytes(file);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                n++;
                Path cms = work.resolve("signature-" + n + ".der");
                Path signed = work.resolve("signed-" + n + ".bin");
                Files.write(cms, signature.getContents(pdf));
                Files.write(signed, signature.getSignedContent(pdf));
                ExternalTools.Result verified;
                if ("ETSI.RFC3161".equals(signature.getSubFilter())) {
                    verified = ExternalTools.run(
                            work,
                            "openssl",
                            "ts",
                            "-verify",
                            "-token_in",
                            "-in",
                            cms.toString(),
                            "-data",
                            signed.toString(),
                            "-CAfile",
                            anchors.toString(),
                            "-attime",
                            ATTIME);
                } else {
                    verified = cmsVerify(work, cms, signed, anchors);
                }
                assertThat(verified.succeeded())
                        .as("signature %d (%s): %s", n, signature.getSubFilter(), verified)
                        .isTrue();
            }
            assertThat(n).isEqualTo(signatures);
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    // ---- CAdES and timestamps

    private static void checkCades(Path signature, Path content, Path anchors) throws Exception {
        ExternalTools.Result verified = cmsVerify(signature.getParent(), signature, content, anchors);
        assertThat(verified.succeeded()).as(verified.toString()).isTrue();
        assertThat(verified.output()).contains("Verification successful");
    }

    private static ExternalTools.Result cmsVerify(Path dir, Path signature, Path content, Path anchors)
            throws Exception {
        return ExternalTools.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                signature.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                anchors.toString(),
                "-purpose",
                "any",
                "-attime",
                ATTIME,
                "-out",
                "/dev/null");
    }

    private static void checkToken(Path token, Path data, Path anchors) throws Exception {
        ExternalTools.Result verified = ExternalTools.run(
                token.getParent(),
                "openssl",
                "ts",
                "-verify",
                "-token_in",
                "-in",
                token.toString(),
                "-data",
                data.toString(),
                "-CAfile",
                anchors.toString(),
                "-attime",
                ATTIME);
        assertThat(verified.succeeded()).as(verified.toString()).isTrue();
        assertThat(verified.output()).contains("Verification: OK");
    }

    // ---- SEDA transfer packages

    /**
     * A SIP: the manifest validates against the official SEDA 2.2 schema with xmllint, and every binary data
     * object it declares is in the zip with the declared SHA-512 digest and size, with no other file and no
     * entry name that would leave an extraction folder.
     */
    private static void checkSip(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                assertThat(name).doesNotStartWith("/").doesNotContain("..").doesNotContain("\\");
                if (!entry.isDirectory()) {
                    assertThat(entries.put(name, zip.readAllBytes()))
                            .as("duplicate entry " + name)
                            .isNull();
                }
            }
        }
        assertThat(entries).containsKey("manifest.xml");
        Path work = Files.createTempDirectory("eadmin-sip-");
        Path manifest = work.resolve("manifest.xml");
        Files.write(manifest, entries.get("manifest.xml"));

        Path seda = ExternalTools.sedaFolder();
        ExternalTools.Result xmllint = ExternalTools.run(
                work,
                Map.of("XML_CATALOG_FILES", seda.resolve("catalog.xml").toString()),
                "xmllint",
                "--nonet",
                "--noout",
                "--schema",
                seda.resolve("2.2/seda-2.2-main.xsd").toString(),
                manifest.toString());
        assertThat(xmllint.succeeded()).as(xmllint.toString()).isTrue();
        assertThat(xmllint.output()).contains("validates");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("manifest.xml")));
        NodeList objects = document.getElementsByTagNameNS("*", "BinaryDataObject");
        assertThat(objects.getLength()).isPositive();
        Set<String> declared = new java.util.HashSet<>();
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            String uri = text(object, "Uri");
            Element digest = (Element)
                    object.getElementsByTagNameNS("*", "MessageDigest").item(0);
            assertThat(digest.getAttribute("algorithm")).isEqualTo("SHA-512");
            byte[] content = entries.get(uri);
            assertThat(content).as("declared file %s is in the zip", uri).isNotNull();
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-512").digest(content)))
                    .as("SHA-512 of %s", uri)
                    .isEqualToIgnoringCase(digest.getTextContent().strip());
            assertThat(Long.parseLong(text(object, "Size")))
                    .as("size of %s", uri)
                    .isEqualTo(content.length);
            declared.add(uri);
        }
        Set<String> files = new java.util.HashSet<>(entries.keySet());
        files.remove("manifest.xml");
        assertThat(files)
                .as("files in the zip that the manifest does not declare")
                .isEqualTo(declared);
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        assertThat(nodes.getLength()).as(localName).isPositive();
        return nodes.item(0).getTextContent().strip();
    }

    // ---- Journals

    /**
     * A journal file: the hash chain is recomputed here from the encoding the format publishes (format
     * "e-admin journal 1": length-prefixed UTF-8 strings, microseconds since the epoch, details in key
     * order; each hash is SHA-256 of the encoding followed by the previous hash), and the token of every seal
     * is checked by openssl against the published trust anchors for the hash at the sealed position.
     */
    private static void checkJournal(Path file, Path anchors) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        JsonNode header = json.readTree(lines.get(0));
        assertThat(header.get("format").asText()).isEqualTo("e-admin journal extract 1");
        boolean full = header.get("scope").asText().equals("FULL");
        Map<Long, String> hashes = new HashMap<>();
        String previous = null;
        long expectedPosition = 0;
        int seals = 0;
        Path work = Files.createTempDirectory("eadmin-journal-");
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = json.readTree(line);
            if (node.has("seal")) {
                JsonNode seal = node.get("seal");
                long position = seal.get("position").asLong();
                String hash = seal.get("hash").asText();
                if (hashes.containsKey(position)) {
                    assertThat(hash).as("seal hash at %d", position).isEqualTo(hashes.get(position));
                }
                Path token = work.resolve("seal-" + position + ".tst");
                Files.write(token, Base64.getDecoder().decode(seal.get("token").asText()));
                ExternalTools.Result verified = ExternalTools.run(
                        work,
                        "openssl",
                        "ts",
                        "-verify",
                        "-token_in",
                        "-in",
                        token.toString(),
                        "-digest",
                        hash,
                        "-CAfile",
                        anchors.toString(),
                        "-attime",
                        ATTIME);
                assertThat(verified.succeeded())
                        .as("seal at %d: %s", position, verified)
                        .isTrue();
                seals++;
                continue;
            }
            long position = node.get("position").asLong();
            String previousHash = node.get("previousHash").asText();
            if (full) {
                expectedPosition++;
                assertThat(position)
                        .as("positions of a full export follow each other")
                        .isEqualTo(expectedPosition);
                assertThat(previousHash)
                        .as("previous hash at %d", position)
                        .isEqualTo(previous == null ? "0".repeat(64) : previous);
            } else if (hashes.containsKey(position - 1)) {
                assertThat(previousHash).as("previous hash at %d", position).isEqualTo(hashes.get(position - 1));
            }
            String recomputed =
                    HexFormat.of().formatHex(journalHash(node, HexFormat.of().parseHex(previousHash)));
            assertThat(node.get("hash").asText()).as("hash at %d", position).isEqualTo(recomputed);
            hashes.put(position, recomputed);
            previous = recomputed;
        }
        assertThat(hashes).as("entries in %s", file.getFileName()).isNotEmpty();
        assertThat(seals).isGreaterThanOrEqualTo(0);
    }

    private static byte[] journalHash(JsonNode entry, byte[] previousHash) throws Exception {
        ByteArrayOutputStream encoding = new ByteArrayOutputStream();
        string(encoding, "e-admin journal 1");
        java.time.Instant at = java.time.Instant.parse(entry.get("at").asText());
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        encoding.write(ByteBuffer.allocate(8).putLong(micros).array());
        string(encoding, entry.get("actor").asText());
        string(encoding, entry.get("action").asText());
        string(encoding, entry.get("subjectType").asText());
        string(encoding, entry.get("subjectId").asText());
        TreeMap<String, String> details = new TreeMap<>();
        JsonNode detailsNode = entry.get("details");
        if (detailsNode != null) {
            detailsNode
                    .fields()
                    .forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
        }
        encoding.write(ByteBuffer.allocate(4).putInt(details.size()).array());
        for (Map.Entry<String, String> detail : details.entrySet()) {
            string(encoding, detail.getKey());
            string(encoding, detail.getValue());
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(encoding.toByteArray());
        sha256.update(previousHash);
        return sha256.digest();
    }

    private static void string(ByteArrayOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.write(bytes);
    }

    // ---- Trust anchors and reports

    private static void checkTrustAnchor(Path file) throws Exception {
        ExternalTools.Result text =
                ExternalTools.run(file.getParent(), "openssl", "x509", "-in", file.toString(), "-noout", "-text");
        assertThat(text.succeeded()).as(text.toString()).isTrue();
        assertThat(text.output()).as(text.toString()).contains("CA:TRUE").contains("Certificate Sign");
        ExternalTools.Result selfSigned = ExternalTools.run(
                file.getParent(), "openssl", "verify", "-attime", ATTIME, "-CAfile", file.toString(), file.toString());
        assertThat(selfSigned.succeeded()).as(selfSigned.toString()).isTrue();
    }

    private static void checkReport(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as("an empty report").isNotEmpty();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            new ObjectMapper().readTree(text);
        } else if (name.endsWith(".csv")) {
            List<List<String>> rows = Rfc4180.parse(text);
            assertThat(rows).as("a header and at least one row").hasSizeGreaterThan(1);
            int columns = rows.get(0).size();
            for (List<String> row : rows) {
                assertThat(row)
                        .as("every row has the header's %d columns", columns)
                        .hasSize(columns);
            }
        } else {
            assertThat(text.strip()).isNotEmpty();
        }
    }
}
