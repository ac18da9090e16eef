package fr.eadmin.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.EAdminCli;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.cades.CadesSigner;
import fr.eadmin.identity.pades.DocumentTimestamper;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.InMemoryCertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.pki.Pem;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.timestamp.TimestampAuthority;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.timestamp.TsaSettings;
import fr.eadmin.identity.validation.BaselineLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final byte[] CONTENT = "Extrait d'acte de naissance".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = MutableClock.at(NOW);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private String root;
    private String crl;
    private String pdf;
    private String p7s;
    private String content;
    private String p7m;
    private byte[] envelopingBytes;
    private String archived;

    @BeforeEach
    void townSignsADocument() throws IOException {
        InMemoryCertificateRegistry registry = new InMemoryCertificateRegistry();
        CertificateAuthority racine = CertificateAuthority.createRoot(
                AuthoritySettings.of(
                        new X500Principal("CN=Ville - AC racine, O=Ville, C=FR"),
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(3650)),
                registry,
                clock);
        SigningCredential seal = racine.issueWithNewKey(
                new X500Principal("CN=Cachet Ville, O=Ville, C=FR"),
                CertificateProfile.ELECTRONIC_SEAL,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(365));
        SigningCredential tsu = racine.issueWithNewKey(
                new X500Principal("CN=Horodatage Ville, O=Ville, C=FR"),
                CertificateProfile.TIMESTAMPING_UNIT,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(365));
        Rfc3161Timestamper timestamper = Rfc3161Timestamper.create(
                TimestampAuthority.create(tsu, TsaSettings.withPolicy("1.2.250.1.999.1.1"), clock),
                TimestampVerifier.create(List.of(racine.certificate()), List.of()));
        var revocations = racine.publishCrl(Duration.ofDays(7));
        byte[] signed = PadesSigner.create(seal, clock)
                .withTimestamper(timestamper)
                .withCrls(List.of(revocations))
                .sign(blankPdf(), PadesParameters.level(BaselineLevel.B_LT));
        root = write("root.pem", Pem.certificate(racine.certificate()).getBytes(StandardCharsets.US_ASCII));
        crl = write("racine.crl", Pem.crl(revocations).getBytes(StandardCharsets.US_ASCII));
        pdf = write("signed.pdf", signed);
        content = write("acte.txt", CONTENT);
        p7s = write("acte.p7s", CadesSigner.create(seal, clock).sign(new ByteArrayInputStream(CONTENT)));
        envelopingBytes = CadesSigner.create(seal, clock).signEnveloping(CONTENT);
        p7m = write("acte.p7m", envelopingBytes);
        archived = write("archived.pdf", DocumentTimestamper.create(timestamper).timestamp(signed));
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path.toString();
    }

    private int verify(String... args) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        List<Command> commands = List.of(new VerifyCommand(clock));
        return EAdminCli.of(commands)
                .run(
                        all.toArray(String[]::new),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passesASignedPdfAgainstTheTownRoot() {
        assertThat(verify("--trust", root, pdf)).isEqualTo(ExitCode.OK);
        assertThat(output())
                .contains("TOTAL_PASSED")
                .contains("level B-LT")
                .contains("signer: CN=Cachet Ville,O=Ville,C=FR");
    }

    @Test
    void printsTheReportAsJson() throws IOException {
        assertThat(verify("--json", "--trust", root, pdf)).isEqualTo(ExitCode.OK);

        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(json.get("signatures").get(0).get("level").asText()).isEqualTo("B_LT");
        assertThat(json.get("signatures").get(0).get("attestedTime").asText()).isEqualTo(NOW.toString());
    }

    @Test
    void failsATamperedPdfWithExitOne() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(pdf));
        bytes[11] ^= 1; // in the binary comment after the header: still a PDF, no longer the signed bytes
        String tampered = write("tampered.pdf", bytes);

        assertThat(verify("--trust", root, tampered)).isEqualTo(ExitCode.INVALID);
        assertThat(output()).contains("TOTAL_FAILED").contains("HASH_FAILURE");
    }

    @Test
    void verifiesADetachedSignatureWithItsContentAndCrl() throws IOException {
        assertThat(verify("--trust", root, "--crl", crl, "--content", content, p7s))
                .isEqualTo(ExitCode.OK);
        assertThat(verify("--trust", root, "--content", content, p7s)).isEqualTo(ExitCode.INVALID);
        assertThat(output()).contains("TRY_LATER");
        String other = write("autre.txt", "autre".getBytes(StandardCharsets.UTF_8));
        assertThat(verify("--trust", root, "--crl", crl, "--content", other, p7s))
                .isEqualTo(ExitCode.INVALID);
    }

    @Test
    void refusesBadUsageAndUnreadableInputsWithExitTwo() throws IOException {
        String garbage = write("garbage.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII));

        assertThat(verify(pdf)).isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", root, dir.resolve("missing.pdf").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", pdf, pdf)).isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", root, p7s)).isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", root, garbage)).isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", root, "--content", dir.resolve("missing").toString(), p7s))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--trust");
    }

    @Test
    void verifiesAnEnvelopingSignatureAndExtractsItsContent() throws IOException {
        Path extracted = dir.resolve("extrait.txt");

        assertThat(verify("--trust", root, "--crl", crl, "--extract", extracted.toString(), p7m))
                .isEqualTo(ExitCode.OK);
        assertThat(output()).contains("TOTAL_PASSED").contains("content written to");
        assertThat(Files.readAllBytes(extracted)).isEqualTo(CONTENT);
        out.reset();
        assertThat(verify("--json", "--trust", root, "--crl", crl, p7m)).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("signatures").get(0).get("kind").asText()).isEqualTo("SIGNATURE");
        assertThat(json.has("contentWrittenTo")).isFalse();
    }

    @Test
    void writesNoContentOfAnEnvelopingSignatureThatFails() throws IOException {
        String text = new String(envelopingBytes, StandardCharsets.ISO_8859_1);
        byte[] tampered = envelopingBytes.clone();
        tampered[text.indexOf(new String(CONTENT, StandardCharsets.ISO_8859_1)) + 3] ^= 1;
        String changed = write("change.p7m", tampered);
        Path extracted = dir.resolve("extrait.txt");

        assertThat(verify("--trust", root, "--crl", crl, "--extract", extracted.toString(), changed))
                .isEqualTo(ExitCode.INVALID);
        assertThat(output()).contains("HASH_FAILURE").contains("content not written");
        assertThat(extracted).doesNotExist();
        assertThat(verify("--trust", root, "--content", content, "--extract", extracted.toString(), p7m))
                .isEqualTo(ExitCode.USAGE);
        assertThat(verify("--trust", root, "--extract", extracted.toString(), pdf))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void reportsDocumentTimestampsAsTheirOwnEntries() throws IOException {
        assertThat(verify("--json", "--trust", root, "--crl", crl, archived)).isEqualTo(ExitCode.OK);

        JsonNode signatures = new ObjectMapper().readTree(output()).get("signatures");
        assertThat(signatures).hasSize(2);
        assertThat(signatures.get(1).get("kind").asText()).isEqualTo("DOCUMENT_TIMESTAMP");
        assertThat(signatures.get(1).get("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(signatures.get(1).get("signer").asText()).isEqualTo("CN=Horodatage Ville,O=Ville,C=FR");
    }
}
