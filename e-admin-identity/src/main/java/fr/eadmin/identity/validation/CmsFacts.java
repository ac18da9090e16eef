package fr.eadmin.identity.validation;

import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Revocations;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;

/**
 * What a report shows of a signature that did not verify, read leniently from its CMS: the signer's name if
 * its certificate is there, the claimed signing-time attribute, and whether it carries a signature-time-stamp.
 *
 * @param signer the signer's distinguished name, or null
 * @param signingTime the signing-time attribute, or null
 * @param timestamped whether the signer has a signature-time-stamp attribute
 * @param signerCertificate the signer's certificate if the CMS carries it, or null
 * @param carried the certificates the CMS carries
 */
record CmsFacts(
        @Nullable String signer,
        @Nullable Instant signingTime,
        boolean timestamped,
        @Nullable X509Certificate signerCertificate,
        List<X509Certificate> carried) {
    private static final CmsFacts NOTHING = new CmsFacts(null, null, false, null, List.of());

    CmsFacts {
        carried = List.copyOf(carried);
    }

    /**
     * Whether a CRL of the signer's issuer, signed by it, says the signer's certificate is not revoked.
     *
     * @param crls the CRLs at hand
     * @return true if such a CRL exists and does not list the certificate; false without one
     */
    boolean notRevokedPer(List<X509CRL> crls) {
        if (signerCertificate == null) {
            return false;
        }
        for (X509Certificate issuer : carried) {
            if (!issuer.getSubjectX500Principal().equals(signerCertificate.getIssuerX500Principal())) {
                continue;
            }
            for (X509CRL crl : crls) {
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    continue;
                }
                if (!Revocations.signedBy(crl, issuer)) {
                    continue;
                }
                return crl.getRevokedCertificate(signerCertificate) == null;
            }
        }
        return false;
    }

    static CmsFacts read(byte[] cms) {
        try {
            CMSSignedData data = new CMSSignedData(cms);
            if (data.getSignerInfos().size() != 1) {
                return NOTHING;
            }
            SignerInformation signer =
                    data.getSignerInfos().getSigners().iterator().next();
            @Nullable String name = null;
            @Nullable X509Certificate certificate = null;
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
                X509Certificate candidate = Bc.certificate(holder);
                carried.add(candidate);
                if (signer.getSID().match(holder)) {
                    certificate = candidate;
                    name = candidate.getSubjectX500Principal().getName(X500Principal.RFC2253);
                }
            }
            @Nullable Instant time = null;
            AttributeTable signed = signer.getSignedAttributes();
            Attribute signingTime = signed == null ? null : signed.get(CMSAttributes.signingTime);
            if (signingTime != null && signingTime.getAttrValues().size() == 1) {
                time = Time.getInstance(signingTime.getAttrValues().getObjectAt(0))
                        .getDate()
                        .toInstant();
            }
            AttributeTable unsigned = signer.getUnsignedAttributes();
            boolean stamped =
                    unsigned != null && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
            return new CmsFacts(name, time, stamped, certificate, carried);
        } catch (CMSException | RuntimeException e) {
            return NOTHING;
        }
    }
}
