package fr.eadmin.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.cades.CadesSigner;
import fr.eadmin.identity.pades.Pdfs;
import fr.eadmin.identity.pades.Tampering;
import fr.eadmin.identity.pades.UnreadablePdfException;
import fr.eadmin.identity.pki.RevocationReason;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;

class SignatureValidatorTest {
    private static final byte[] CONTENT = "Délibération du conseil municipal".getBytes(StandardCharsets.UTF_8);

    private final TownPki pki = new TownPki();
    private final Rfc3161Timestamper timestamper = pki.timestamper();
    private final SignatureValidator validator = SignatureValidator.create(List.of(pki.root.certificate()), pki.clock);
    private final byte[] pdf = Pdfs.twoPages();

    private List<X509CRL> crls() {
        return pki.crls();
    }

    private byte[] sign(BaselineLevel level) {
        return Pdfs.sealed(pki, level);
    }

    private static SignatureReport only(ValidationReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }

    @Test
    void reportsTheSignerTheTimesAndTheLevel() {
        SignatureReport report = only(validator.validatePdf(sign(BaselineLevel.B_LT)));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.why()).isEmpty();
        assertThat(report.signer()).isEqualTo("CN=Cachet Ville de Test,O=Ville de Test,C=FR");
        assertThat(report.claimedSigningTime()).isEqualTo(TownPki.START);
        assertThat(report.attestedTime()).isEqualTo(TownPki.START);
        assertThat(report.levelReached()).contains(BaselineLevel.B_LT);
    }

    @Test
    void aFlippedByteInTheSignedRangeIsAHashFailure() {
        byte[] signed = sign(BaselineLevel.B_LT);
        signed[200] ^= 1;

        SignatureReport report = only(validator.validatePdf(signed));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void textAddedInALaterRevisionFailsTheSignature() throws IOException {
        byte[] signed = sign(BaselineLevel.B_LT);
        byte[] changed = Tampering.appendText(signed);

        SignatureReport report = only(validator.validatePdf(changed));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(report.details()).anySatisfy(d -> assertThat(d).contains("/Contents was changed"));
    }

    @Test
    void anAnnotationAddedOverThePageFailsTheSignature() throws IOException {
        byte[] signed = sign(BaselineLevel.B_T);
        byte[] changed = Tampering.addSquare(signed);

        SignatureReport report = only(validator.withCrls(crls()).validatePdf(changed));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(report.details()).anySatisfy(d -> assertThat(d).contains("/Annots"));
    }

    @Test
    void aSwappedCertificateLeavesNoSigningCertificate() throws Exception {
        byte[] signed = sign(BaselineLevel.B_B);
        byte[] swapped = Tampering.replaceCms(
                signed,
                cms -> CMSSignedData.replaceCertificatesAndCRLs(cms, new JcaCertStore(pki.agent.chain()), null, null));

        SignatureReport report = only(validator.withCrls(crls()).validatePdf(swapped));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
    }

    @Test
    void aSignerRevokedBeforeTheTimestampIsRevoked() {
        pki.issuing.revoke(pki.seal.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));

        SignatureReport stamped = only(validator.validatePdf(sign(BaselineLevel.B_LT)));
        SignatureReport unstamped = only(validator.withCrls(crls()).validatePdf(sign(BaselineLevel.B_B)));

        assertThat(stamped.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(stamped.subIndication()).isEqualTo(SubIndication.REVOKED);
        assertThat(unstamped.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(unstamped.subIndication()).isEqualTo(SubIndication.REVOKED_NO_POE);
    }

    @Test
    void aRevocationAfterTheTimestampLeavesTheSignatureValid() {
        byte[] signed = sign(BaselineLevel.B_T);
        pki.clock.advance(Duration.ofDays(30));
        pki.issuing.revoke(pki.seal.certificate().getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);

        assertThat(validator.withCrls(crls()).validatePdf(signed).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void anExpiredCertificateWithoutProofOfExistenceIsOutOfBounds() {
        byte[] unstamped = sign(BaselineLevel.B_B);
        byte[] stamped = sign(BaselineLevel.B_LT);
        pki.clock.advance(Duration.ofDays(4 * 365));

        SignatureReport withoutCrl = only(validator.validatePdf(unstamped));
        SignatureReport notRevoked = only(validator.withCrls(crls()).validatePdf(unstamped));
        pki.issuing.revoke(pki.seal.certificate().getSerialNumber(), RevocationReason.SUPERSEDED);
        SignatureReport revokedSince = only(validator.withCrls(crls()).validatePdf(unstamped));

        assertThat(withoutCrl.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(withoutCrl.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(notRevoked.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(notRevoked.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NOT_REVOKED);
        assertThat(revokedSince.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(validator.validatePdf(stamped).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aSignerOutsideTheTrustAnchorsHasNoChain() {
        TownPki other = new TownPki();
        SignatureValidator strangers = SignatureValidator.create(List.of(other.root.certificate()), pki.clock);

        SignatureReport unstamped = only(strangers.validatePdf(sign(BaselineLevel.B_B)));
        SignatureReport stamped = only(strangers.validatePdf(sign(BaselineLevel.B_LT)));

        assertThat(unstamped.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(unstamped.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(stamped.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(stamped.subIndication())
                .as("the untrusted time-stamp proves nothing, and the signer has no chain either")
                .isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(stamped.details()).anySatisfy(d -> assertThat(d).contains("UNTRUSTED_AUTHORITY"));
    }

    @Test
    void aByteRangeOutsideTheFileIsSignedDataNotFound() {
        byte[] signed = sign(BaselineLevel.B_B);
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("/ByteRange [");
        int end = text.indexOf(']', start);
        String[] numbers =
                text.substring(start + "/ByteRange [".length(), end).trim().split(" +");
        String last = numbers[3];
        String bigger = "9".repeat(last.length());
        int at = text.lastIndexOf(last, end);
        byte[] changed = (text.substring(0, at) + bigger + text.substring(at + last.length()))
                .getBytes(StandardCharsets.ISO_8859_1);

        SignatureReport report = only(validator.validatePdf(changed));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.SIGNED_DATA_NOT_FOUND);
    }

    @Test
    void aDocumentWithoutSignatureIsIndeterminateAndGarbageIsUnreadable() {
        ValidationReport report = validator.validatePdf(pdf);

        assertThat(report.signatures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.passed()).isFalse();
        assertThatThrownBy(() -> validator.validatePdf("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadablePdfException.class);
        assertThatThrownBy(() -> SignatureValidator.create(List.<X509Certificate>of(), pki.clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatesDetachedCadesSignatures() {
        byte[] p7s = CadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(timestamper)
                .sign(new ByteArrayInputStream(CONTENT));
        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;

        SignatureReport valid =
                only(validator.withCrls(crls()).validateDetached(p7s, new ByteArrayInputStream(CONTENT)));
        SignatureReport tampered =
                only(validator.withCrls(crls()).validateDetached(p7s, new ByteArrayInputStream(changed)));
        SignatureReport noCrl = only(validator.validateDetached(p7s, new ByteArrayInputStream(CONTENT)));
        SignatureReport garbage =
                only(validator.validateDetached(new byte[] {1, 2, 3}, new ByteArrayInputStream(CONTENT)));

        assertThat(valid.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(valid.level()).isEqualTo(BaselineLevel.B_T);
        assertThat(valid.signer()).contains("CN=Agent 42");
        assertThat(tampered.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(tampered.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(tampered.signer()).contains("CN=Agent 42");
        assertThat(noCrl.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(garbage.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
    }
}
