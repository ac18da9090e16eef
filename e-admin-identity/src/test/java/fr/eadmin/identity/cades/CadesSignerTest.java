package fr.eadmin.identity.cades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pki.Pem;
import fr.eadmin.identity.pki.RevocationReason;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.timestamp.TimestampAuthority;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.timestamp.TsaSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CadesSignerTest {
    private static final byte[] CONTENT = "Acte de naissance n° 2026-000123".getBytes(StandardCharsets.UTF_8);

    private final TownPki pki = new TownPki();
    private final Rfc3161Timestamper timestamper = pki.timestamper();
    private final CadesVerifier verifier = CadesVerifier.create(List.of(pki.root.certificate()), pki.clock);

    @TempDir
    Path dir;

    @Test
    void signsWithTheBaselineBAttributes() throws Exception {
        byte[] signature = CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT));

        CadesVerification result = verifier.verify(signature, new ByteArrayInputStream(CONTENT));

        assertThat(result).isInstanceOfSatisfying(CadesVerification.Valid.class, valid -> {
            assertThat(valid.signer()).isEqualTo(pki.agent.certificate());
            assertThat(valid.signingTime()).isEqualTo(TownPki.START);
            assertThat(valid.timestamped()).isEmpty();
        });
        CMSSignedData data = new CMSSignedData(signature);
        assertThat(data.isDetachedSignature()).isTrue();
    }

    @Test
    void addsASignatureTimestampForBaselineT() {
        byte[] signature = CadesSigner.create(pki.seal, pki.clock)
                .withTimestamper(timestamper)
                .sign(new ByteArrayInputStream(CONTENT));

        assertThat(verifier.verify(signature, new ByteArrayInputStream(CONTENT)))
                .isInstanceOfSatisfying(CadesVerification.Valid.class, valid -> assertThat(valid.timestamped())
                        .contains(TownPki.START));
    }

    @Test
    void opensslAcceptsOurSignaturesAndRejectsAChangedContent() throws IOException {
        Files.write(dir.resolve("data"), CONTENT);
        Files.write(
                dir.resolve("b.p7s"), CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT)));
        Files.write(
                dir.resolve("t.p7s"),
                CadesSigner.create(pki.seal, pki.clock)
                        .withTimestamper(timestamper)
                        .sign(new ByteArrayInputStream(CONTENT)));
        Files.writeString(dir.resolve("root.pem"), Pem.certificate(pki.root.certificate()));
        byte[] flipped = CONTENT.clone();
        flipped[3] ^= 1;
        Files.write(dir.resolve("flipped"), flipped);

        for (String signature : List.of("b.p7s", "t.p7s")) {
            ExternalTool.Result ok = cmsVerify(signature, "data");
            assertThat(ok.succeeded()).as(ok.output()).isTrue();
            assertThat(ok.output()).contains("Verification successful");
            ExternalTool.Result changed = cmsVerify(signature, "flipped");
            assertThat(changed.succeeded()).as(changed.output()).isFalse();
        }
    }

    @Test
    void findsAFlippedByteOfTheContent() {
        byte[] signature = CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        byte[] flipped = CONTENT.clone();
        flipped[0] ^= 1;
        assertThat(verifier.verify(signature, new ByteArrayInputStream(flipped)))
                .isEqualTo(new CadesVerification.Invalid(CadesCheck.DIGEST_MISMATCH));
    }

    @Test
    void findsAFlippedByteOfTheSignatureValue() throws Exception {
        byte[] signature = CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        byte[] value = new CMSSignedData(signature)
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next()
                .getSignature();
        int at = indexOf(signature, value) + value.length - 3;
        signature[at] ^= 1;
        assertThat(verifier.verify(signature, new ByteArrayInputStream(CONTENT)).isValid())
                .isFalse();
        assertThat(verifier.verify(new byte[] {0x30, 0x03, 1, 2, 3}, new ByteArrayInputStream(CONTENT)))
                .isEqualTo(new CadesVerification.Invalid(CadesCheck.MALFORMED));
    }

    @Test
    void rejectsASwappedCertificate() throws Exception {
        SigningCredential impostor = new SigningCredential(
                pki.agent.privateKey(), List.of(pki.seal.certificate(), pki.issuing.certificate()), null);
        byte[] signature = CadesSigner.create(impostor, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        assertThat(verifier.verify(signature, new ByteArrayInputStream(CONTENT)))
                .isEqualTo(new CadesVerification.Invalid(CadesCheck.SIGNATURE_INVALID));
    }

    @Test
    void rejectsASignerWhoseCertificateExpiredUnlessTheSignatureWasTimestamped() {
        byte[] plain = CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        byte[] stamped = CadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(timestamper)
                .sign(new ByteArrayInputStream(CONTENT));
        pki.clock.advance(Duration.ofDays(400));

        assertThat(verifier.verify(plain, new ByteArrayInputStream(CONTENT)))
                .isEqualTo(new CadesVerification.Invalid(CadesCheck.CERTIFICATE_EXPIRED));
        assertThat(verifier.verify(stamped, new ByteArrayInputStream(CONTENT)).isValid())
                .isTrue();
    }

    @Test
    void rejectsARevokedSigner() {
        byte[] signature = CadesSigner.create(pki.agent, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        pki.clock.advance(Duration.ofMinutes(5));
        pki.issuing.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        CadesVerifier withCrls = verifier.withCrls(
                List.of(pki.issuing.publishCrl(Duration.ofDays(1)), pki.root.publishCrl(Duration.ofDays(1))));

        assertThat(withCrls.verify(signature, new ByteArrayInputStream(CONTENT)))
                .isInstanceOfSatisfying(CadesVerification.Invalid.class, invalid -> {
                    assertThat(invalid.failedCheck()).isEqualTo(CadesCheck.CERTIFICATE_REVOKED);
                    assertThat(invalid.notes()).anySatisfy(n -> assertThat(n).contains("was revoked on"));
                });
        byte[] seal = CadesSigner.create(pki.seal, pki.clock).sign(new ByteArrayInputStream(CONTENT));
        assertThat(withCrls.verify(seal, new ByteArrayInputStream(CONTENT)).isValid())
                .isTrue();
    }

    @Test
    void rejectsASignerOfAnotherTown() {
        TownPki other = new TownPki();
        byte[] signature = CadesSigner.create(other.agent, other.clock).sign(new ByteArrayInputStream(CONTENT));
        assertThat(verifier.verify(signature, new ByteArrayInputStream(CONTENT)))
                .isEqualTo(new CadesVerification.Invalid(CadesCheck.UNTRUSTED_SIGNER));
    }

    @Test
    void rejectsATimestampFromAnUntrustedAuthority() {
        TownPki other = new TownPki();
        Rfc3161Timestamper foreign = Rfc3161Timestamper.create(
                TimestampAuthority.create(other.tsu, TsaSettings.withPolicy("1.2.3"), other.clock),
                TimestampVerifier.create(List.of(other.root.certificate()), List.of()));
        byte[] signature = CadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(foreign)
                .sign(new ByteArrayInputStream(CONTENT));
        assertThat(verifier.verify(signature, new ByteArrayInputStream(CONTENT)))
                .isInstanceOfSatisfying(CadesVerification.Invalid.class, invalid -> {
                    assertThat(invalid.failedCheck()).isEqualTo(CadesCheck.TIMESTAMP_INVALID);
                    assertThat(invalid.timestampTime()).isNull();
                    assertThat(invalid.notes()).anySatisfy(n -> assertThat(n).contains("UNTRUSTED_AUTHORITY"));
                });
    }

    @Test
    void reportsAStreamThatFails() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> CadesSigner.create(pki.agent, pki.clock).sign(failing))
                .isInstanceOf(ContentReadException.class);
    }

    private ExternalTool.Result cmsVerify(String signature, String content) {
        return ExternalTool.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                signature,
                "-content",
                content,
                "-CAfile",
                "root.pem",
                "-attime",
                Long.toString(pki.clock.instant().getEpochSecond()),
                "-out",
                "/dev/null");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
