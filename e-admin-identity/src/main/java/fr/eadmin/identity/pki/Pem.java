package fr.eadmin.identity.pki;

import fr.eadmin.identity.CryptographicFailureException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;

/**
 * PEM text (RFC 7468) of certificates and CRLs, the form web servers publish and tools such as openssl read.
 */
public final class Pem {
    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {}

    /**
     * The PEM text of a certificate.
     *
     * @param certificate the certificate
     * @return {@code -----BEGIN CERTIFICATE-----} … {@code -----END CERTIFICATE-----}, with a final newline
     */
    public static String certificate(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        try {
            return wrap("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new CryptographicFailureException("encode a certificate", e);
        }
    }

    /**
     * The PEM text of a CRL.
     *
     * @param crl the CRL
     * @return {@code -----BEGIN X509 CRL-----} … {@code -----END X509 CRL-----}, with a final newline
     */
    public static String crl(X509CRL crl) {
        Objects.requireNonNull(crl, "crl");
        try {
            return wrap("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new CryptographicFailureException("encode a CRL", e);
        }
    }

    private static String wrap(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
