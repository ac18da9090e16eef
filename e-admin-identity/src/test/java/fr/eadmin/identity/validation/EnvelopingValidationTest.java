package fr.eadmin.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.cades.CadesSigner;
import fr.eadmin.identity.pki.Pem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enveloping CAdES signatures ({@code .p7m}): the content inside the CMS. */
class EnvelopingValidationTest {
    private static final byte[] CONTENT = "Délibération n° 2026-12".getBytes(StandardCharsets.UTF_8);

    private final TownPki pki = new TownPki();
    private final SignatureValidator validator = SignatureValidator.create(List.of(pki.root.certificate()), pki.clock)
            .withCrls(pki.crls());

    @TempDir
    Path dir;

    private byte[] enveloping() {
        return CadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(pki.timestamper())
                .signEnveloping(CONTENT);
    }

    /** The signature with one byte of the content inside it flipped. */
    static byte[] withContentChanged(byte[] p7m, byte[] content) {
        byte[] changed = p7m.clone();
        for (int i = 0; i + content.length <= changed.length; i++) {
            if (Arrays.equals(changed, i, i + content.length, content, 0, content.length)) {
                changed[i] ^= 1;
                return changed;
            }
        }
        throw new AssertionError("the content is not inside the signature");
    }

    private byte[] detached() {
        return CadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(pki.timestamper())
                .sign(new ByteArrayInputStream(CONTENT));
    }

    @Test
    void validatesTheContentInsideAndGivesItBack() throws Exception {
        byte[] p7m = enveloping();

        SignatureReport report = validator.validateEnveloping(p7m).signatures().get(0);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.level()).isEqualTo(BaselineLevel.B_T);
        assertThat(report.signer()).contains("CN=Agent 42");
        assertThat(SignatureValidator.envelopedContent(p7m))
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
    }

    @Test
    void anotherContentInsideIsAHashFailure() throws Exception {
        SignatureReport report = validator
                .validateEnveloping(withContentChanged(enveloping(), CONTENT))
                .signatures()
                .get(0);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void aDetachedSignatureOrGarbageIsNoEnvelopingSignature() {
        SignatureReport detached =
                validator.validateEnveloping(detached()).signatures().get(0);
        SignatureReport garbage =
                validator.validateEnveloping(new byte[] {1, 2, 3}).signatures().get(0);

        assertThat(detached.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(detached.subIndication()).isEqualTo(SubIndication.SIGNED_DATA_NOT_FOUND);
        assertThat(garbage.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(SignatureValidator.envelopedContent(detached())).isEmpty();
        assertThat(SignatureValidator.envelopedContent(new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void validatesAnOpensslCadesEnvelopingSignature() throws Exception {
        Files.write(dir.resolve("acte.txt"), CONTENT);
        Files.writeString(dir.resolve("agent.pem"), Pem.certificate(pki.agent.certificate()));
        Files.writeString(dir.resolve("issuing.pem"), Pem.certificate(pki.issuing.certificate()));
        Files.writeString(
                dir.resolve("agent.key"),
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pki.agent.privateKey().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");

        ExternalTool.Result signed = ExternalTool.run(
                dir,
                "openssl",
                "cms",
                "-sign",
                "-cades",
                "-nodetach",
                "-binary",
                "-md",
                "sha256",
                "-in",
                "acte.txt",
                "-signer",
                "agent.pem",
                "-inkey",
                "agent.key",
                "-certfile",
                "issuing.pem",
                "-outform",
                "DER",
                "-out",
                "acte.p7m");
        assertThat(signed.succeeded()).as(signed.output()).isTrue();
        byte[] p7m = Files.readAllBytes(dir.resolve("acte.p7m"));

        SignatureReport report = validator.validateEnveloping(p7m).signatures().get(0);

        assertThat(report.indication()).as(report.details().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.level()).isEqualTo(BaselineLevel.B_B);
        assertThat(SignatureValidator.envelopedContent(p7m))
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
    }
}
