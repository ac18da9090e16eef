package fr.eadmin.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pades.DocumentTimestamper;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pades.Pdfs;
import fr.eadmin.identity.pades.Tampering;
import fr.eadmin.identity.pki.RevocationReason;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signature time-stamps whose unit fails its checks, CRL freshness and issuers, and document time-stamps. */
class TimestampValidationTest {
    private final TownPki pki = new TownPki();
    private final SignatureValidator validator = SignatureValidator.create(List.of(pki.root.certificate()), pki.clock);

    private static SignatureReport only(ValidationReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }

    private byte[] sealedWith(Timestamper timestamper, BaselineLevel level) {
        return PadesSigner.create(pki.seal, pki.clock)
                .withTimestamper(timestamper)
                .withCrls(pki.crls())
                .sign(Pdfs.twoPages(), PadesParameters.level(level));
    }

    @Test
    void aTimestampOfAnUntrustedUnitGivesNoProofOfExistence() {
        TownPki other = new TownPki();
        byte[] signed = sealedWith(other.timestamper(), BaselineLevel.B_T);

        SignatureReport report = only(validator.withCrls(pki.crls()).validatePdf(signed));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.SIG_CONSTRAINTS_FAILURE);
        assertThat(report.attestedTime()).isNull();
        assertThat(report.level()).isNull();
        assertThat(report.details())
                .anySatisfy(d -> assertThat(d).contains("time-stamp is rejected (UNTRUSTED_AUTHORITY)"));
    }

    @Test
    void aTimestampOfARevokedUnitGivesNoProofOfExistence() {
        pki.issuing.revoke(pki.tsu.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));
        byte[] signed = Pdfs.sealed(pki, BaselineLevel.B_LT);

        SignatureReport unitRevoked = only(validator.validatePdf(signed));
        pki.issuing.revoke(pki.seal.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));
        SignatureReport bothRevoked = only(validator.withCrls(pki.crls()).validatePdf(signed));

        assertThat(unitRevoked.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(unitRevoked.subIndication()).isEqualTo(SubIndication.SIG_CONSTRAINTS_FAILURE);
        assertThat(unitRevoked.details())
                .anySatisfy(d -> assertThat(d).contains("time-stamp is rejected (CERTIFICATE_REVOKED)"));
        assertThat(bothRevoked.indication())
                .as("without a valid time-stamp, a revoked signer has no proof of existence")
                .isEqualTo(Indication.INDETERMINATE);
        assertThat(bothRevoked.subIndication()).isEqualTo(SubIndication.REVOKED_NO_POE);
        assertThat(bothRevoked.attestedTime()).isNull();
    }

    @Test
    void aTimestampWithoutRevocationDataForItsUnitIsRejectedAndSaysSo() {
        byte[] signed = Pdfs.sealed(pki, BaselineLevel.B_T);

        SignatureReport report = only(validator.validatePdf(signed));

        assertThat(report.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(report.details())
                .anySatisfy(d -> assertThat(d).contains("time-stamp is rejected (REVOCATION_DATA_MISSING)"));
    }

    @Test
    void aCrlPastItsNextUpdateIsNotFresh() {
        List<X509CRL> old = pki.crls();
        byte[] signed = Pdfs.sealed(pki, BaselineLevel.B_B);
        pki.clock.advance(Duration.ofDays(10));

        SignatureReport stale = only(validator.withCrls(old).validatePdf(signed));
        SignatureReport fresh = only(validator.withCrls(pki.crls()).validatePdf(signed));

        assertThat(stale.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(stale.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(stale.details()).anySatisfy(d -> assertThat(d).contains("is not fresh at"));
        assertThat(fresh.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aCrlStaleNowStillServesATimestampedSignatureAtItsProofOfExistence() {
        List<X509CRL> old = pki.crls();
        byte[] signed = Pdfs.sealed(pki, BaselineLevel.B_T);
        pki.clock.advance(Duration.ofDays(30));

        assertThat(only(validator.withCrls(old).validatePdf(signed)).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aCrlSignedByAnotherKeyIsIgnoredAndReported() {
        TownPki impostor = new TownPki();
        byte[] signed = Pdfs.sealed(pki, BaselineLevel.B_B);

        SignatureReport report = only(validator.withCrls(impostor.crls()).validatePdf(signed));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(report.details())
                .anySatisfy(d ->
                        assertThat(d).contains("CN=Ville de Test - AC agents").contains("not signed by its key"));
    }

    @Test
    void aDocumentTimestampIsValidatedAndReported() {
        byte[] archived = DocumentTimestamper.create(pki.timestamper()).timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT));
        pki.clock.advance(Duration.ofDays(1));

        ValidationReport report = validator.withCrls(pki.crls()).validatePdf(archived);

        assertThat(report.signatures()).hasSize(2);
        assertThat(report.passed()).isTrue();
        SignatureReport signature = report.signatures().get(0);
        SignatureReport stamp = report.signatures().get(1);
        assertThat(signature.kind()).isEqualTo(SignatureReport.Kind.SIGNATURE);
        assertThat(signature.level()).isEqualTo(BaselineLevel.B_LT);
        assertThat(stamp.kind()).isEqualTo(SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        assertThat(stamp.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(stamp.signer()).isEqualTo("CN=Horodatage Ville de Test,O=Ville de Test,C=FR");
        assertThat(stamp.attestedTime()).isEqualTo(TownPki.START);
        assertThat(stamp.claimedSigningTime()).isNull();
    }

    @Test
    void aDocumentTimestampOfOtherBytesIsAHashFailure() {
        Timestamper otherBytes = new Timestamper() {
            @Override
            public TimestampToken timestamp(byte[] sha256) {
                byte[] wrong = sha256.clone();
                wrong[0] ^= 1;
                return pki.timestamper().timestamp(wrong);
            }

            @Override
            public boolean verify(TimestampToken token, byte[] sha256) {
                return false;
            }
        };
        byte[] archived = DocumentTimestamper.create(otherBytes).timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT));

        SignatureReport stamp = validator.validatePdf(archived).signatures().get(1);

        assertThat(stamp.kind()).isEqualTo(SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        assertThat(stamp.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(stamp.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(stamp.details()).anySatisfy(d -> assertThat(d).contains("IMPRINT_MISMATCH"));
    }

    @Test
    void aDocumentTimestampOfAnUntrustedOrRevokedUnitDoesNotPass() {
        TownPki other = new TownPki();
        byte[] foreign =
                DocumentTimestamper.create(other.timestamper()).timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT));
        SignatureReport untrusted = validator.validatePdf(foreign).signatures().get(1);
        pki.issuing.revoke(pki.tsu.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));
        byte[] revokedUnit = DocumentTimestamper.create(pki.timestamper()).timestamp(Pdfs.twoPages());
        SignatureReport revoked = only(validator.withCrls(pki.crls()).validatePdf(revokedUnit));
        SignatureReport noCrl = only(validator.validatePdf(revokedUnit));

        assertThat(untrusted.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(untrusted.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(revoked.kind()).isEqualTo(SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        assertThat(revoked.subIndication()).isEqualTo(SubIndication.REVOKED_NO_POE);
        assertThat(noCrl.subIndication()).isEqualTo(SubIndication.TRY_LATER);
    }

    @Test
    void contentAddedAfterADocumentTimestampFailsIt() throws Exception {
        byte[] archived = DocumentTimestamper.create(pki.timestamper()).timestamp(Pdfs.sealed(pki, BaselineLevel.B_LT));
        byte[] changed = Tampering.appendText(archived);

        ValidationReport report = validator.validatePdf(changed);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        SignatureReport stamp = report.signatures().get(1);
        assertThat(stamp.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(stamp.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(stamp.details()).anySatisfy(d -> assertThat(d).contains("changed after this time-stamp"));
    }
}
