package fr.eadmin.identity.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * The revocation status of a certification path from CRLs, shared by the signature and the timestamp
 * verifiers. A CRL counts for a certificate only when it names the certificate's issuer and is signed by
 * the issuer's key (other CRLs naming that issuer are ignored, with a note). A CRL that lists the
 * certificate as revoked at or before the time of interest proves the revocation whenever it was issued;
 * only a <em>fresh</em> CRL, whose nextUpdate is at or after the time of interest, proves the certificate
 * was not revoked.
 */
public final class Revocations {
    private Revocations() {}

    /** The revocation status of a path. */
    public enum Status {
        /** Every certificate has a fresh CRL of its issuer that does not list it. */
        GOOD,
        /** A certificate is revoked. */
        REVOKED,
        /** A certificate has no fresh CRL of its issuer (none at all, or only stale ones). */
        NO_FRESH_DATA
    }

    /**
     * The status of a path, with what the reader of a report needs to know about the CRLs.
     *
     * @param status the status
     * @param notes sentences on CRLs ignored or stale, and on the certificate revoked or left unchecked
     */
    public record Finding(Status status, List<String> notes) {
        /** Checks the values. */
        public Finding {
            Objects.requireNonNull(status, "status");
            notes = List.copyOf(notes);
        }
    }

    /**
     * Checks a path against CRLs at a time.
     *
     * @param path the path, certificate first, trust anchor last (the anchor itself is not checked)
     * @param crls the CRLs at hand
     * @param at the time the status must be known for
     * @param compromiseAnyTime whether a revocation for key compromise counts whatever its date (for a
     *     timestamping unit, whose compromised key could have back-dated tokens)
     * @return the finding
     */
    public static Finding check(List<X509Certificate> path, List<X509CRL> crls, Instant at, boolean compromiseAnyTime) {
        List<String> notes = new ArrayList<>();
        boolean missing = false;
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            String issuerName = name(issuer.getSubjectX500Principal());
            boolean fresh = false;
            for (X509CRL crl : crls) {
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    continue;
                }
                if (!signedBy(crl, issuer)) {
                    notes.add("a CRL naming " + issuerName + " as issuer is not signed by its key: ignored");
                    continue;
                }
                X509CRLEntry entry = crl.getRevokedCertificate(certificate);
                if (entry != null
                        && (!entry.getRevocationDate().toInstant().isAfter(at)
                                || (compromiseAnyTime && entry.getRevocationReason() == CRLReason.KEY_COMPROMISE))) {
                    notes.add("the certificate " + name(certificate.getSubjectX500Principal()) + " was revoked on "
                            + entry.getRevocationDate().toInstant() + " per the CRL of " + issuerName);
                    return new Finding(Status.REVOKED, notes);
                }
                if (crl.getNextUpdate() != null
                        && !crl.getNextUpdate().toInstant().isBefore(at)) {
                    fresh = true;
                } else {
                    notes.add("the CRL of " + issuerName + " issued "
                            + crl.getThisUpdate().toInstant()
                            + " is not fresh at " + at + " (next update "
                            + (crl.getNextUpdate() == null
                                    ? "absent"
                                    : crl.getNextUpdate().toInstant()) + ")");
                }
            }
            if (!fresh) {
                notes.add("no fresh CRL of " + issuerName + " for " + name(certificate.getSubjectX500Principal()));
                missing = true;
            }
        }
        return new Finding(missing ? Status.NO_FRESH_DATA : Status.GOOD, notes);
    }

    /**
     * Whether a CRL is signed by the key of a certificate.
     *
     * @param crl the CRL
     * @param issuer the presumed issuer
     * @return true if the CRL's signature verifies with the issuer's key
     */
    public static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey(), Bc.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }
}
