package fr.eadmin.identity.pades;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.util.Date;

/**
 * DSS's validation of a PDF, with plain Java types across the class loader boundary: DSS runs in
 * {@link IsolatedDss}'s loader, on the Bouncy Castle it is built on.
 */
public final class DssFacade {
    private DssFacade() {}

    /** One array per signature: indication, sub-indication (or "null"), signature format (or "null"). */
    public static String[][] validate(byte[] pdf, byte[] trustAnchor, long validationTime) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        CertificateToken anchor = DSSUtils.loadCertificate(trustAnchor);
        trusted.addCertificate(anchor);
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setValidationTime(new Date(validationTime));
        SimpleReport report = validator.validateDocument().getSimpleReport();
        return report.getSignatureIdList().stream()
                .map(id -> new String[] {
                    String.valueOf(report.getIndication(id)),
                    String.valueOf(report.getSubIndication(id)),
                    String.valueOf(report.getSignatureFormat(id))
                })
                .toArray(String[][]::new);
    }
}
