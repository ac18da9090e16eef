package fr.eadmin.identity.validation;

import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Revocations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The certificates and CRLs of a PDF's document security store ({@code /DSS /Certs} and {@code /CRLs}),
 * skipping entries that do not decode.
 *
 * @param certificates the stored certificates
 * @param crls the stored CRLs
 */
record ValidationMaterial(List<X509Certificate> certificates, List<X509CRL> crls) {
    ValidationMaterial {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
    }

    static ValidationMaterial read(PDDocument document) {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
        if (dss == null) {
            return new ValidationMaterial(List.of(), List.of());
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Bc.PROVIDER);
            for (byte[] der : streams(dss.getCOSArray(COSName.getPDFName("Certs")))) {
                try (InputStream in = new ByteArrayInputStream(der)) {
                    certificates.add((X509Certificate) factory.generateCertificate(in));
                } catch (GeneralSecurityException | IOException | RuntimeException e) {
                    // an entry that is not a certificate does not help validation: skipped
                }
            }
            for (byte[] der : streams(dss.getCOSArray(COSName.getPDFName("CRLs")))) {
                try (InputStream in = new ByteArrayInputStream(der)) {
                    crls.add((X509CRL) factory.generateCRL(in));
                } catch (GeneralSecurityException | IOException | RuntimeException e) {
                    // an entry that is not a CRL does not help validation: skipped
                }
            }
        } catch (GeneralSecurityException e) {
            return new ValidationMaterial(List.of(), List.of());
        }
        return new ValidationMaterial(certificates, crls);
    }

    private static List<byte[]> streams(COSArray array) {
        List<byte[]> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.getObject(i);
            if (item instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    out.add(in.readAllBytes());
                } catch (IOException e) {
                    // an unreadable stream does not help validation: skipped
                }
            }
        }
        return out;
    }

    /**
     * Whether this material alone validates a path: every certificate but the anchor is stored, with a CRL
     * signed by its issuer.
     *
     * @param path the path, signer first, anchor last
     * @return true if the path can be validated from the document alone
     */
    boolean covers(List<X509Certificate> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            if (!certificates.contains(certificate)) {
                return false;
            }
            boolean revocation = false;
            for (X509CRL crl : crls) {
                if (crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                        && Revocations.signedBy(crl, issuer)) {
                    revocation = true;
                }
            }
            if (!revocation) {
                return false;
            }
        }
        return true;
    }
}
