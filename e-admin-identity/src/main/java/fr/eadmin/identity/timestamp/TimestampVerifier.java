package fr.eadmin.identity.timestamp;

import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Revocations;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

/**
 * Verifies RFC 3161 timestamp tokens of SHA-256 digests against trust anchors the caller chooses: the
 * message imprint, the signer's certificate (found in the token or among the given intermediates; critical
 * id-kp-timeStamping; valid at the token's time), the signature and its ESSCertID, then the chain to a
 * trust anchor at the token's time. The answer is a value, never an exception for a bad token.
 *
 * <p>With {@link #withCrls}, the unit's certificate and its chain are checked for revocation at the token's
 * time against the CRLs signed by each issuer (a revocation for key compromise counts whatever its date: the
 * compromised key could have back-dated tokens); with {@link #requiringRevocationData()}, a certificate of
 * the chain without a fresh CRL (nextUpdate at or after the token's time) fails the token. Thread-safe.
 */
public final class TimestampVerifier {
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> intermediates;
    private final List<X509CRL> crls;
    private final boolean revocationRequired;

    private TimestampVerifier(
            Set<TrustAnchor> anchors,
            List<X509Certificate> intermediates,
            List<X509CRL> crls,
            boolean revocationRequired) {
        this.anchors = anchors;
        this.intermediates = intermediates;
        this.crls = crls;
        this.revocationRequired = revocationRequired;
    }

    /**
     * A verifier trusting the given roots.
     *
     * @param trustAnchors the certificates a token's chain must end at (the town's root, a provider's root)
     * @param intermediates further certificates to build chains with, for tokens that do not carry them
     * @return the verifier
     * @throws IllegalArgumentException if there is no trust anchor
     */
    public static TimestampVerifier create(
            Collection<X509Certificate> trustAnchors, Collection<X509Certificate> intermediates) {
        Objects.requireNonNull(trustAnchors, "trustAnchors");
        Objects.requireNonNull(intermediates, "intermediates");
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one trust anchor");
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate anchor : trustAnchors) {
            anchors.add(new TrustAnchor(anchor, null));
        }
        return new TimestampVerifier(Set.copyOf(anchors), List.copyOf(intermediates), List.of(), false);
    }

    /**
     * The same verifier, checking the timestamping unit's chain for revocation against CRLs.
     *
     * @param revocationLists the CRLs of the authorities of the units' chains (each checked against its issuer)
     * @return the verifier
     */
    public TimestampVerifier withCrls(Collection<X509CRL> revocationLists) {
        Objects.requireNonNull(revocationLists, "revocationLists");
        return new TimestampVerifier(anchors, intermediates, List.copyOf(revocationLists), revocationRequired);
    }

    /**
     * The same verifier, with further certificates to build chains with.
     *
     * @param certificates the certificates (a PDF's document security store, for instance)
     * @return the verifier
     */
    public TimestampVerifier withIntermediates(Collection<X509Certificate> certificates) {
        List<X509Certificate> all = new ArrayList<>(intermediates);
        all.addAll(Objects.requireNonNull(certificates, "certificates"));
        return new TimestampVerifier(anchors, List.copyOf(all), crls, revocationRequired);
    }

    /**
     * The same verifier, failing with {@link TimestampCheck#REVOCATION_DATA_MISSING} when a certificate of
     * the unit's chain has no fresh CRL of its issuer among the given ones.
     *
     * @return the verifier
     */
    public TimestampVerifier requiringRevocationData() {
        return new TimestampVerifier(anchors, intermediates, crls, true);
    }

    /**
     * Verifies a token.
     *
     * @param token the DER encoding of a {@code TimeStampToken}
     * @param sha256 the digest it should attest
     * @return valid with the attested time, or the check that failed
     */
    public TimestampVerification verify(byte[] token, byte[] sha256) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(sha256, "sha256");
        TimeStampToken parsed;
        try {
            parsed = new TimeStampToken(new CMSSignedData(token));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return new TimestampVerification.Invalid(TimestampCheck.MALFORMED);
        }
        var info = parsed.getTimeStampInfo();
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                || !MessageDigest.isEqual(info.getMessageImprintDigest(), sha256)) {
            return new TimestampVerification.Invalid(TimestampCheck.IMPRINT_MISMATCH);
        }
        Optional<X509Certificate> found = signerCertificate(parsed);
        if (found.isEmpty()) {
            return new TimestampVerification.Invalid(TimestampCheck.SIGNER_CERTIFICATE_MISSING);
        }
        X509Certificate signer = found.get();
        if (!isTimestampingUnit(signer)) {
            return new TimestampVerification.Invalid(TimestampCheck.NOT_A_TIMESTAMPING_UNIT);
        }
        if (!Bc.holder(signer).isValidOn(info.getGenTime())) {
            return new TimestampVerification.Invalid(TimestampCheck.CERTIFICATE_EXPIRED);
        }
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Bc.PROVIDER)
                    .build(signer);
            parsed.validate(verifier);
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            return new TimestampVerification.Invalid(TimestampCheck.SIGNATURE_INVALID);
        }
        List<X509Certificate> path = chain(signer, parsed, info.getGenTime());
        if (path == null) {
            return new TimestampVerification.Invalid(TimestampCheck.UNTRUSTED_AUTHORITY);
        }
        Revocations.Status status = Revocations.check(
                        path, crls, info.getGenTime().toInstant(), true)
                .status();
        if (status == Revocations.Status.REVOKED) {
            return new TimestampVerification.Invalid(TimestampCheck.CERTIFICATE_REVOKED);
        }
        if (revocationRequired && status == Revocations.Status.NO_FRESH_DATA) {
            return new TimestampVerification.Invalid(TimestampCheck.REVOCATION_DATA_MISSING);
        }
        return new TimestampVerification.Valid(
                info.getGenTime().toInstant(), info.getPolicy().getId(), info.getSerialNumber(), signer);
    }

    /**
     * Whether a certificate may sign timestamps: its extended key usage extension is critical and holds
     * id-kp-timeStamping only (RFC 3161 section 2.3).
     *
     * @param certificate the certificate
     * @return true if it is a timestamping certificate
     */
    public static boolean isTimestampingUnit(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        Set<String> critical = certificate.getCriticalExtensionOIDs();
        if (critical == null || !critical.contains(EXTENDED_KEY_USAGE)) {
            return false;
        }
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.equals(List.of(TIME_STAMPING));
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private Optional<X509Certificate> signerCertificate(TimeStampToken token) {
        for (X509CertificateHolder carried : carried(token)) {
            if (token.getSID().match(carried)) {
                return Optional.of(Bc.certificate(carried));
            }
        }
        for (X509Certificate candidate : intermediates) {
            if (token.getSID().match(Bc.holder(candidate))) {
                return Optional.of(candidate);
            }
        }
        for (TrustAnchor anchor : anchors) {
            if (token.getSID().match(Bc.holder(anchor.getTrustedCert()))) {
                return Optional.of(anchor.getTrustedCert());
            }
        }
        return Optional.empty();
    }

    private static List<X509CertificateHolder> carried(TimeStampToken token) {
        List<X509CertificateHolder> holders = new ArrayList<>();
        Store<?> store = token.getCertificates();
        for (Object match : store.getMatches(null)) {
            if (match instanceof X509CertificateHolder holder) {
                holders.add(holder);
            }
        }
        return holders;
    }

    private @Nullable List<X509Certificate> chain(X509Certificate signer, TimeStampToken token, java.util.Date at) {
        List<X509Certificate> pool = new ArrayList<>(intermediates);
        for (X509CertificateHolder holder : carried(token)) {
            pool.add(Bc.certificate(holder));
        }
        pool.add(signer);
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            for (Certificate certificate : result.getCertPath().getCertificates()) {
                path.add((X509Certificate) certificate);
            }
            path.add(result.getTrustAnchor().getTrustedCert());
            return path;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
