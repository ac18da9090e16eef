package fr.eadmin.identity.pades;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pki.RevocationReason;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;

/** DSS, the European Commission's validator, as an independent oracle for our PAdES signatures. */
class DssOracleTest {
    private final TownPki pki = new TownPki();
    private final SignatureValidator ours = SignatureValidator.create(List.of(pki.root.certificate()), pki.clock);
    private final byte[] pdf = Pdfs.twoPages();

    private List<X509CRL> crls() {
        return pki.crls();
    }

    private byte[] sign(BaselineLevel level) {
        return Pdfs.sealed(pki, level);
    }

    private IsolatedDss.Verdict dss(byte[] signed) {
        List<IsolatedDss.Verdict> verdicts = IsolatedDss.validate(
                signed, pki.root.certificate(), pki.clock.instant().plusSeconds(60));
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    @Test
    void recognisesEachBaselineLevel() {
        assertThat(dss(sign(BaselineLevel.B_B)).format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(dss(sign(BaselineLevel.B_T)).format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(dss(sign(BaselineLevel.B_LT)).format()).isEqualTo("PAdES-BASELINE-LT");
    }

    @Test
    void baselineLtPassesWithTheTownRootAsOnlyAnchor() {
        IsolatedDss.Verdict verdict = dss(sign(BaselineLevel.B_LT));

        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void aFlippedByteIsAHashFailureForBoth() {
        byte[] signed = sign(BaselineLevel.B_LT);
        signed[300] ^= 1;

        IsolatedDss.Verdict verdict = dss(signed);
        SignatureReport mine = ours.validatePdf(signed).signatures().get(0);

        assertThat(verdict.indication()).isEqualTo("TOTAL_FAILED");
        assertThat(verdict.subIndication()).isEqualTo("HASH_FAILURE");
        assertThat(mine.indication().name()).isEqualTo(verdict.indication());
        assertThat(mine.subIndication().name()).isEqualTo(verdict.subIndication());
    }

    @Test
    void aSignerRevokedBeforeSigningIsNotPassedByEither() {
        pki.issuing.revoke(pki.seal.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));
        byte[] signed = sign(BaselineLevel.B_LT);

        IsolatedDss.Verdict verdict = dss(signed);
        SignatureReport mine = ours.validatePdf(signed).signatures().get(0);

        assertThat(verdict.indication()).as(verdict.toString()).isNotEqualTo("TOTAL_PASSED");
        assertThat(verdict.subIndication()).startsWith("REVOKED");
        assertThat(mine.subIndication().name()).startsWith("REVOKED");
    }

    @Test
    void aSwappedCertificateLeavesNoSigningCertificateForBoth() throws Exception {
        byte[] swapped = Tampering.replaceCms(
                sign(BaselineLevel.B_B),
                cms -> CMSSignedData.replaceCertificatesAndCRLs(cms, new JcaCertStore(pki.agent.chain()), null, null));

        IsolatedDss.Verdict verdict = dss(swapped);
        SignatureReport mine = ours.validatePdf(swapped).signatures().get(0);

        assertThat(verdict.indication()).isEqualTo("INDETERMINATE");
        assertThat(verdict.subIndication()).isEqualTo("NO_SIGNING_CERTIFICATE_FOUND");
        assertThat(mine.indication().name()).isEqualTo("INDETERMINATE");
        assertThat(mine.subIndication().name()).isEqualTo("NO_SIGNING_CERTIFICATE_FOUND");
    }

    /** DSS's default policy reports changes after signing as warnings; e-admin fails the signature. */
    @Test
    void laterTextAndAnnotationsFailOursWhereDssDefaultPolicyOnlyWarns() throws Exception {
        for (byte[] changed : List.of(
                Tampering.appendText(sign(BaselineLevel.B_LT)), Tampering.addSquare(sign(BaselineLevel.B_LT)))) {
            IsolatedDss.Verdict verdict = dss(changed);
            SignatureReport mine = ours.validatePdf(changed).signatures().get(0);

            assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(verdict.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(mine.indication().name()).isEqualTo("TOTAL_FAILED");
            assertThat(mine.subIndication().name()).isEqualTo("HASH_FAILURE");
        }
    }

    @Test
    void anExpiredCertificateWithoutTimestampIsIndeterminateForBoth() {
        byte[] signed = sign(BaselineLevel.B_B);
        pki.clock.advance(Duration.ofDays(4 * 365));

        IsolatedDss.Verdict verdict = dss(signed);
        SignatureReport mine =
                ours.withCrls(crls()).validatePdf(signed).signatures().get(0);

        assertThat(verdict.indication()).isEqualTo("INDETERMINATE");
        assertThat(mine.indication().name()).isEqualTo("INDETERMINATE");
        assertThat(mine.subIndication().name()).isEqualTo("OUT_OF_BOUNDS_NOT_REVOKED");
    }

    /**
     * A unit revoked before its token: DSS's default policy validates the signature at the current time and
     * reports the time-stamp apart, so it passes; e-admin does not pass a signature whose time-stamp is
     * rejected (INDETERMINATE / SIG_CONSTRAINTS_FAILURE when all else passes, level B-B at most) and says why.
     */
    @Test
    void aTimestampOfARevokedUnitFailsOursWhereDssDefaultPolicyPassesTheSignatureAlone() {
        pki.issuing.revoke(pki.tsu.certificate().getSerialNumber(), RevocationReason.KEY_COMPROMISE);
        pki.clock.advance(Duration.ofMinutes(5));
        byte[] signed = sign(BaselineLevel.B_LT);

        IsolatedDss.Verdict verdict = dss(signed);
        SignatureReport mine = ours.validatePdf(signed).signatures().get(0);

        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(mine.indication().name()).isEqualTo("INDETERMINATE");
        assertThat(mine.subIndication().name()).isEqualTo("SIG_CONSTRAINTS_FAILURE");
        assertThat(mine.details()).anySatisfy(d -> assertThat(d).contains("CERTIFICATE_REVOKED"));
    }
}
