package fr.eadmin.identity.seal;

import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.internal.Bc;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Verifies seals offline with the town's seal certificates: the format, the key identifier, the ECDSA
 * signature, and that the issue date falls within the sealing certificate's validity. The answer is a value,
 * never an exception for a bad seal.
 *
 * <p>The certificates given are trusted as they are: check them once against the town's root (with
 * {@link fr.eadmin.identity.validation.SignatureValidator} or a PKIX validation) before trusting them here.
 * Thread-safe.
 */
public final class SealVerifier {
    private record Known(byte[] keyId, X509Certificate certificate) {}

    private final List<Known> certificates;

    private SealVerifier(List<Known> certificates) {
        this.certificates = certificates;
    }

    /**
     * A verifier trusting the given seal certificates.
     *
     * @param sealCertificates the certificates of the town's seal keys, current and past
     * @return the verifier
     * @throws IllegalArgumentException if there is no certificate
     */
    public static SealVerifier create(Collection<X509Certificate> sealCertificates) {
        Objects.requireNonNull(sealCertificates, "sealCertificates");
        if (sealCertificates.isEmpty()) {
            throw new IllegalArgumentException("a seal verifier needs at least one certificate");
        }
        try {
            List<Known> known = new java.util.ArrayList<>();
            for (X509Certificate certificate : sealCertificates) {
                known.add(new Known(SealCodec.keyId(certificate.getEncoded()), certificate));
            }
            return new SealVerifier(List.copyOf(known));
        } catch (CertificateEncodingException e) {
            throw new CryptographicFailureException("encode a seal certificate", e);
        }
    }

    /**
     * Verifies a seal's text, as read from a 2D code.
     *
     * @param payload the text
     * @return the facts, or why the seal is refused
     */
    public SealVerification verify(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (!payload.startsWith(SealCodec.PREFIX)) {
            return new SealVerification.Invalid(SealFailure.NOT_A_SEAL);
        }
        byte[] bytes;
        SealCodec.Decoded decoded;
        try {
            bytes = Base45.decode(payload.substring(SealCodec.PREFIX.length()));
            decoded = SealCodec.decode(bytes);
        } catch (UnsupportedOperationException e) {
            return new SealVerification.Invalid(SealFailure.UNSUPPORTED_VERSION);
        } catch (IllegalArgumentException e) {
            return new SealVerification.Invalid(SealFailure.MALFORMED);
        }
        for (Known known : certificates) {
            if (!Arrays.equals(known.keyId(), decoded.keyId())) {
                continue;
            }
            try {
                Signature verifier = Signature.getInstance("SHA256withECDSA", Bc.PROVIDER);
                verifier.initVerify(known.certificate().getPublicKey());
                verifier.update(decoded.signedPart());
                if (!verifier.verify(CompactSealer.der(decoded.signature()))) {
                    return new SealVerification.Invalid(SealFailure.SIGNATURE_INVALID);
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                return new SealVerification.Invalid(SealFailure.SIGNATURE_INVALID);
            }
            X509Certificate certificate = known.certificate();
            var issued = decoded.request().issuedAt();
            if (issued.isBefore(certificate.getNotBefore().toInstant())
                    || issued.isAfter(certificate.getNotAfter().toInstant())) {
                return new SealVerification.Invalid(SealFailure.CERTIFICATE_NOT_VALID_AT_ISSUE);
            }
            return new SealVerification.Valid(decoded.request(), certificate, SealCodec.reference(bytes));
        }
        return new SealVerification.Invalid(SealFailure.UNKNOWN_SIGNER);
    }
}
