package fr.eadmin.identity.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.TownPki;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {
    private final TownPki pki = new TownPki();

    @TempDir
    Path dir;

    @Test
    void issuesAgentCertificatesForNonRepudiationWithTheClocksValidity() throws Exception {
        X509Certificate agent = pki.agent.certificate();
        assertThat(agent.getKeyUsage()).startsWith(true, true, false);
        assertThat(agent.getCriticalExtensionOIDs()).contains("2.5.29.15");
        assertThat(agent.getBasicConstraints()).isEqualTo(-1);
        assertThat(agent.getNotBefore().toInstant()).isEqualTo(TownPki.START);
        assertThat(agent.getNotAfter().toInstant()).isEqualTo(TownPki.START.plus(Duration.ofDays(365)));
        assertThat(agent.getIssuerX500Principal()).isEqualTo(pki.issuing.name());
        assertThat(agent.getExtendedKeyUsage()).isNull();
        agent.verify(pki.issuing.certificate().getPublicKey());
    }

    @Test
    void issuesTimestampingCertificatesWithTheCriticalExtendedKeyUsageOnly() throws Exception {
        X509Certificate tsu = pki.tsu.certificate();
        assertThat(tsu.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsu.getCriticalExtensionOIDs()).contains("2.5.29.37");
        assertThat(tsu.getKeyUsage()[0]).isTrue();
    }

    @Test
    void writesTheIssuersCrlUrlInTheCertificatesItIssues() {
        String agent = new String(
                pki.agent.certificate().getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.ISO_8859_1);
        String issuing = new String(
                pki.issuing.certificate().getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(agent).contains("http://pki.ville-test.fr/agents.crl");
        assertThat(issuing).contains("http://pki.ville-test.fr/racine.crl");
        assertThat(pki.root.certificate().getExtensionValue("2.5.29.31")).isNull();
    }

    @Test
    void makesAuthoritiesThatOnlySignCertificatesAndCrls() {
        assertThat(pki.root.certificate().getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(pki.issuing.certificate().getBasicConstraints()).isZero();
        assertThat(pki.issuing.certificate().getKeyUsage()).startsWith(false, false, false, false, false, true, true);
        assertThat(pki.issuing.credential().chain()).containsExactly(pki.issuing.certificate(), pki.root.certificate());
        assertThat(pki.agent.chain())
                .containsExactly(pki.agent.certificate(), pki.issuing.certificate(), pki.root.certificate());
    }

    @Test
    void drawsRandomPositiveSerialNumbersOfUpTo128Bits() {
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            BigInteger serial = pki.issuing
                    .issue(
                            new X500Principal("CN=Agent " + i),
                            pki.agent.certificate().getPublicKey(),
                            CertificateProfile.AGENT_SIGNATURE,
                            Duration.ofDays(1))
                    .getSerialNumber();
            assertThat(serial.signum()).isPositive();
            assertThat(serial.bitLength()).isLessThanOrEqualTo(128);
            serials.add(serial);
        }
        assertThat(serials).hasSize(50);
        assertThat(serials.stream().mapToInt(BigInteger::bitLength).max().orElseThrow())
                .isGreaterThan(120);
    }

    @Test
    void recordsWhatItIssues() {
        assertThat(pki.registry.find(pki.issuing.name(), pki.agent.certificate().getSerialNumber()))
                .contains(pki.agent.certificate());
        assertThat(pki.registry.find(pki.root.name(), pki.agent.certificate().getSerialNumber()))
                .isEmpty();
    }

    @Test
    void refusesAValidityBeyondItsOwnCertificate() {
        assertThatThrownBy(() -> pki.issuing.issue(
                        new X500Principal("CN=Trop long"),
                        pki.agent.certificate().getPublicKey(),
                        CertificateProfile.AGENT_SIGNATURE,
                        Duration.ofDays(11 * 365)))
                .isInstanceOf(IssuanceRefusedException.class);
        assertThatThrownBy(() -> pki.issuing.issue(
                        new X500Principal("CN=Vide"),
                        pki.agent.certificate().getPublicKey(),
                        CertificateProfile.AGENT_SIGNATURE,
                        Duration.ZERO))
                .isInstanceOf(IssuanceRefusedException.class);
    }

    @Test
    void refusesToRevokeWhatItDidNotIssueOrTwice() {
        assertThatThrownBy(() -> pki.issuing.revoke(BigInteger.TEN, RevocationReason.KEY_COMPROMISE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        pki.root.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE))
                .isInstanceOf(NotFoundException.class);
        pki.issuing.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.AFFILIATION_CHANGED);
        assertThatThrownBy(() ->
                        pki.issuing.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.SUPERSEDED))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void publishesNumberedCrlsWithTheRevocationsAndTheirReasons() throws Exception {
        X509CRL first = pki.issuing.publishCrl(Duration.ofDays(7));
        assertThat(first.getRevokedCertificates()).isNull();
        pki.clock.advance(Duration.ofHours(1));
        pki.issuing.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        X509CRL second = pki.issuing.publishCrl(Duration.ofDays(7));

        second.verify(pki.issuing.certificate().getPublicKey());
        assertThat(crlNumber(first)).isEqualTo(1);
        assertThat(crlNumber(second)).isEqualTo(2);
        assertThat(second.getThisUpdate().toInstant()).isEqualTo(TownPki.START.plus(Duration.ofHours(1)));
        assertThat(second.getNextUpdate().toInstant())
                .isEqualTo(TownPki.START.plus(Duration.ofHours(1)).plus(Duration.ofDays(7)));
        assertThat(second.getExtensionValue("2.5.29.35")).isNotNull();
        assertThat(second.isRevoked(pki.agent.certificate())).isTrue();
        assertThat(second.isRevoked(pki.seal.certificate())).isFalse();
        assertThat(second.getRevokedCertificate(pki.agent.certificate()).getRevocationReason())
                .isEqualTo(java.security.cert.CRLReason.KEY_COMPROMISE);
    }

    @Test
    void opensslRejectsARevokedCertificateAndAcceptsTheOthers() throws IOException {
        pki.issuing.revoke(pki.agent.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(1));
        Files.writeString(
                dir.resolve("crl.pem"),
                Pem.crl(pki.issuing.publishCrl(Duration.ofDays(7)))
                        + Pem.crl(pki.root.publishCrl(Duration.ofDays(30))));
        Files.writeString(dir.resolve("root.pem"), Pem.certificate(pki.root.certificate()));
        Files.writeString(dir.resolve("issuing.pem"), Pem.certificate(pki.issuing.certificate()));
        Files.writeString(dir.resolve("agent.pem"), Pem.certificate(pki.agent.certificate()));
        Files.writeString(dir.resolve("seal.pem"), Pem.certificate(pki.seal.certificate()));

        ExternalTool.Result revoked = opensslVerify("agent.pem");
        ExternalTool.Result valid = opensslVerify("seal.pem");

        assertThat(revoked.succeeded()).as(revoked.output()).isFalse();
        assertThat(revoked.output()).contains("certificate revoked");
        assertThat(valid.succeeded()).as(valid.output()).isTrue();
        assertThat(valid.output()).contains("seal.pem: OK");
    }

    @Test
    void savesAndLoadsPkcs12Files() {
        Path file = dir.resolve("agent.p12");
        Pkcs12.save(pki.agent, file, "secret".toCharArray());

        SigningCredential loaded = Pkcs12.load(file, "secret".toCharArray());

        assertThat(loaded.privateKey().getEncoded())
                .isEqualTo(pki.agent.privateKey().getEncoded());
        assertThat(loaded.chain()).isEqualTo(pki.agent.chain());
        assertThatThrownBy(() -> Pkcs12.load(file, "wrong".toCharArray()))
                .isInstanceOf(UnreadableKeyStoreException.class);
        assertThatThrownBy(() -> Pkcs12.load(dir.resolve("missing.p12"), "secret".toCharArray()))
                .isInstanceOf(UnreadableKeyStoreException.class);
    }

    @Test
    void opensslReadsOurPkcs12Files() {
        Pkcs12.save(pki.seal, dir.resolve("seal.p12"), "secret".toCharArray());
        ExternalTool.Result result =
                ExternalTool.run(dir, "openssl", "pkcs12", "-in", "seal.p12", "-passin", "pass:secret", "-noout");
        assertThat(result.succeeded()).as(result.output()).isTrue();
    }

    @Test
    void resumesAnAuthorityFromItsCredential() {
        CertificateAuthority resumed = CertificateAuthority.of(pki.issuing.credential(), null, pki.registry, pki.clock);
        X509Certificate certificate = resumed.issue(
                new X500Principal("CN=Agent 7"),
                pki.agent.certificate().getPublicKey(),
                CertificateProfile.AGENT_SIGNATURE,
                Duration.ofDays(30));
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(pki.issuing.name());
        assertThatThrownBy(() -> CertificateAuthority.of(pki.agent, null, pki.registry, pki.clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuesRsa3072Keys() throws Exception {
        TownPki rsa = new TownPki(KeyAlgorithm.RSA_3072);
        assertThat(((java.security.interfaces.RSAPublicKey)
                                rsa.agent.certificate().getPublicKey())
                        .getModulus()
                        .bitLength())
                .isEqualTo(3072);
        assertThat(rsa.agent.certificate().getSigAlgName()).isEqualTo("SHA256WITHRSA");
        rsa.agent.certificate().verify(rsa.issuing.certificate().getPublicKey());
        assertThat(List.of(pki.agent.certificate().getSigAlgName())).containsExactly("SHA256WITHECDSA");
    }

    private ExternalTool.Result opensslVerify(String certificate) {
        return ExternalTool.run(
                dir,
                "openssl",
                "verify",
                "-attime",
                Long.toString(pki.clock.instant().getEpochSecond()),
                "-crl_check",
                "-CRLfile",
                "crl.pem",
                "-CAfile",
                "root.pem",
                "-untrusted",
                "issuing.pem",
                certificate);
    }

    private static long crlNumber(X509CRL crl) throws IOException {
        byte[] octets =
                ASN1OctetString.getInstance(crl.getExtensionValue("2.5.29.20")).getOctets();
        return ASN1Integer.getInstance(octets).longValueExact();
    }
}
