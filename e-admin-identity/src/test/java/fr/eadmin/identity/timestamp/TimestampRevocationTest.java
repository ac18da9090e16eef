package fr.eadmin.identity.timestamp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pki.RevocationReason;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class TimestampRevocationTest {
    private final TownPki pki = new TownPki();
    private final TimestampVerifier plain = TimestampVerifier.create(List.of(pki.root.certificate()), List.of());
    private final TimestampVerifier strict = plain.requiringRevocationData();

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] token(byte[] digest) {
        return pki.timestamper().timestamp(digest).encoded();
    }

    private static TimestampCheck failed(TimestampVerification verification) {
        assertThat(verification).isInstanceOf(TimestampVerification.Invalid.class);
        return ((TimestampVerification.Invalid) verification).failedCheck();
    }

    @Test
    void aUnitWithFreshCrlsThatDoNotListItIsValid() throws Exception {
        byte[] digest = sha256("acte");
        byte[] token = token(digest);

        assertThat(strict.withCrls(pki.crls()).verify(token, digest).isValid()).isTrue();
        assertThat(plain.verify(token, digest).isValid()).isTrue();
    }

    @Test
    void aUnitRevokedBeforeTheTokenIsRejected() throws Exception {
        pki.issuing.revoke(pki.tsu.certificate().getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);
        pki.clock.advance(Duration.ofMinutes(1));
        byte[] digest = sha256("acte");
        byte[] token = token(digest);

        assertThat(failed(plain.withCrls(pki.crls()).verify(token, digest)))
                .isEqualTo(TimestampCheck.CERTIFICATE_REVOKED);
        assertThat(plain.verify(token, digest).isValid())
                .as("without CRLs revocation cannot be seen")
                .isTrue();
    }

    @Test
    void aLaterRevocationKeepsTheTokenUnlessTheKeyWasCompromised() throws Exception {
        byte[] digest = sha256("acte");
        byte[] token = token(digest);
        pki.clock.advance(Duration.ofDays(2));
        pki.issuing.revoke(pki.tsu.certificate().getSerialNumber(), RevocationReason.SUPERSEDED);
        List<X509CRL> superseded = pki.crls();

        TownPki compromisedPki = new TownPki();
        byte[] compromisedToken = compromisedPki.timestamper().timestamp(digest).encoded();
        compromisedPki.clock.advance(Duration.ofDays(2));
        compromisedPki.issuing.revoke(
                compromisedPki.tsu.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        TimestampVerifier compromisedVerifier = TimestampVerifier.create(
                        List.of(compromisedPki.root.certificate()), List.of())
                .withCrls(compromisedPki.crls());

        assertThat(strict.withCrls(superseded).verify(token, digest).isValid()).isTrue();
        assertThat(failed(compromisedVerifier.verify(compromisedToken, digest)))
                .isEqualTo(TimestampCheck.CERTIFICATE_REVOKED);
    }

    @Test
    void withoutAFreshCrlSignedByTheIssuerRevocationDataIsMissing() throws Exception {
        List<X509CRL> old = pki.crls();
        pki.clock.advance(Duration.ofDays(10));
        byte[] digest = sha256("acte");
        byte[] token = token(digest);
        TownPki impostor = new TownPki();

        assertThat(failed(strict.verify(token, digest))).isEqualTo(TimestampCheck.REVOCATION_DATA_MISSING);
        assertThat(failed(strict.withCrls(old).verify(token, digest)))
                .as("CRLs whose nextUpdate is before the token's time")
                .isEqualTo(TimestampCheck.REVOCATION_DATA_MISSING);
        assertThat(failed(strict.withCrls(impostor.crls()).verify(token, digest)))
                .as("CRLs naming the same issuers, signed by other keys")
                .isEqualTo(TimestampCheck.REVOCATION_DATA_MISSING);
        assertThat(strict.withCrls(pki.crls()).verify(token, digest).isValid()).isTrue();
    }

    @Test
    void aRevocationByACrlOfAnotherKeyIsIgnored() throws Exception {
        byte[] digest = sha256("acte");
        byte[] token = token(digest);
        X509CRL forged = forgedCrlRevoking(pki);

        assertThat(plain.withCrls(List.of(forged)).verify(token, digest).isValid())
                .isTrue();
    }

    /** A CRL naming the town's issuing authority as issuer and listing the unit, signed by a stranger's key. */
    static X509CRL forgedCrlRevoking(TownPki pki) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair stranger = generator.generateKeyPair();
        Date now = Date.from(pki.clock.instant());
        JcaX509v2CRLBuilder builder =
                new JcaX509v2CRLBuilder(pki.issuing.certificate().getSubjectX500Principal(), now);
        builder.setNextUpdate(Date.from(pki.clock.instant().plus(Duration.ofDays(7))));
        builder.addCRLEntry(
                pki.tsu.certificate().getSerialNumber(),
                new Date(now.getTime() - 86_400_000L),
                CRLReason.keyCompromise);
        return new JcaX509CRLConverter()
                .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(stranger.getPrivate())));
    }
}
