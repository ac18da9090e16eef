package fr.eadmin.identity.pki;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.internal.Bc;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A certification authority of the town: a root, or an issuing authority under it. It issues certificates
 * for agents, the town's electronic seal and its timestamping unit, revokes them and signs CRLs. What it
 * issued and revoked goes to a {@link CertificateRegistry}; times come from the injected clock.
 *
 * <p>Serial numbers are 128 random bits, positive (RFC 5280 allows up to 20 octets; the CA/Browser Forum
 * asks for at least 64 bits of randomness). Times are truncated to the second, as X.509 encodes them.
 *
 * {@snippet :
 * CertificateRegistry registry = new InMemoryCertificateRegistry();
 * CertificateAuthority root = CertificateAuthority.createRoot(
 *         AuthoritySettings.of(new X500Principal("CN=Ville de Sceaux - AC racine, O=Ville de Sceaux, C=FR"),
 *                 KeyAlgorithm.RSA_3072, Duration.ofDays(20 * 365))
 *             .withCrlUrl(URI.create("https://pki.sceaux.fr/racine.crl")),
 *         registry, clock);
 * CertificateAuthority agents = root.createIssuingAuthority(AuthoritySettings.of(
 *         new X500Principal("CN=Ville de Sceaux - AC agents, O=Ville de Sceaux, C=FR"),
 *         KeyAlgorithm.EC_P256, Duration.ofDays(6 * 365)));
 * SigningCredential agent = agents.issueWithNewKey(new X500Principal("CN=Agent 42, O=Ville de Sceaux, C=FR"),
 *         CertificateProfile.AGENT_SIGNATURE, KeyAlgorithm.EC_P256, Duration.ofDays(3 * 365));
 * }
 */
public final class CertificateAuthority {
    private final SigningCredential credential;
    private final @Nullable URI crlUrl;
    private final CertificateRegistry registry;
    private final Clock clock;
    private final SecureRandom random;

    private CertificateAuthority(
            SigningCredential credential, @Nullable URI crlUrl, CertificateRegistry registry, Clock clock) {
        this.credential = credential;
        this.crlUrl = crlUrl;
        this.registry = registry;
        this.clock = clock;
        this.random = new SecureRandom();
    }

    /**
     * Creates a root authority: a new key pair and a self-signed certificate (basic constraints CA, key
     * usages keyCertSign and cRLSign, both critical), recorded in the registry.
     *
     * @param settings the name, key algorithm, validity and CRL URL
     * @param registry where issued certificates and revocations are kept
     * @param clock the source of time
     * @return the root authority
     */
    public static CertificateAuthority createRoot(
            AuthoritySettings settings, CertificateRegistry registry, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        SecureRandom random = new SecureRandom();
        KeyPair keys = settings.algorithm().generateKeyPair(random);
        Instant now = now(clock);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                settings.name(),
                serialNumber(random),
                Date.from(now),
                Date.from(now.plus(settings.validity())),
                settings.name(),
                keys.getPublic());
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new CryptographicFailureException("build a root certificate", e);
        }
        SigningCredential self = SigningCredential.of(keys.getPrivate(), List.of(selfSigned(builder, keys)));
        registry.recordIssued(self.certificate());
        return new CertificateAuthority(self, settings.crlUrl(), registry, clock);
    }

    /**
     * An authority from a credential kept elsewhere (a PKCS#12 file, an HSM): the credential's certificate
     * must be a CA certificate.
     *
     * @param credential the authority's key and chain (its own certificate first, up to the root)
     * @param crlUrl where its CRLs are published, or null
     * @param registry the registry that holds what it issued
     * @param clock the source of time
     * @return the authority
     * @throws IllegalArgumentException if the certificate is not a CA certificate
     */
    public static CertificateAuthority of(
            SigningCredential credential, @Nullable URI crlUrl, CertificateRegistry registry, Clock clock) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        if (credential.certificate().getBasicConstraints() < 0) {
            throw new IllegalArgumentException("an authority's certificate is a CA certificate");
        }
        return new CertificateAuthority(credential, crlUrl, registry, clock);
    }

    /**
     * Creates an issuing authority under this one: a new key pair, a certificate signed by this authority
     * (basic constraints CA with path length 0, keyCertSign and cRLSign, this authority's CRL URL).
     *
     * @param settings the name, key algorithm, validity and CRL URL of the new authority
     * @return the new authority, sharing this one's registry and clock
     * @throws IssuanceRefusedException if the validity would outlast this authority's certificate
     */
    public CertificateAuthority createIssuingAuthority(AuthoritySettings settings) {
        Objects.requireNonNull(settings, "settings");
        KeyPair keys = settings.algorithm().generateKeyPair(random);
        X509Certificate certificate = sign(settings.name(), keys.getPublic(), settings.validity(), Kind.AUTHORITY);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(credential.chain());
        return new CertificateAuthority(
                SigningCredential.of(keys.getPrivate(), chain), settings.crlUrl(), registry, clock);
    }

    /**
     * Issues an end-entity certificate for a public key.
     *
     * @param subject the holder's distinguished name
     * @param publicKey the holder's public key
     * @param profile what the certificate is for
     * @param validity how long it is valid, from now
     * @return the certificate, recorded in the registry
     * @throws IssuanceRefusedException if the validity is not positive or would outlast this authority's
     *     certificate
     */
    public X509Certificate issue(
            X500Principal subject, PublicKey publicKey, CertificateProfile profile, Duration validity) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(validity, "validity");
        return sign(subject, publicKey, validity, Kind.of(profile));
    }

    /**
     * Generates a key pair and issues its certificate: the returned credential signs at once, and can be
     * saved with {@link Pkcs12#save}.
     *
     * @param subject the holder's distinguished name
     * @param profile what the certificate is for
     * @param algorithm the key algorithm
     * @param validity how long it is valid, from now
     * @return the key with its chain (the new certificate, then this authority's chain)
     * @throws IssuanceRefusedException if the validity is not positive or would outlast this authority's
     *     certificate
     */
    public SigningCredential issueWithNewKey(
            X500Principal subject, CertificateProfile profile, KeyAlgorithm algorithm, Duration validity) {
        Objects.requireNonNull(algorithm, "algorithm");
        KeyPair keys = algorithm.generateKeyPair(random);
        X509Certificate certificate = issue(subject, keys.getPublic(), profile, validity);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(credential.chain());
        return SigningCredential.of(keys.getPrivate(), chain);
    }

    /**
     * Revokes a certificate this authority issued, from now. The next CRL lists it.
     *
     * @param serialNumber the certificate's serial number
     * @param reason why
     * @return the revocation
     * @throws NotFoundException if this authority never issued it
     * @throws fr.eadmin.core.DuplicateKeyException if it is already revoked
     */
    public Revocation revoke(BigInteger serialNumber, RevocationReason reason) {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(reason, "reason");
        Revocation revocation = new Revocation(serialNumber, now(clock), reason);
        registry.recordRevocation(name(), revocation);
        return revocation;
    }

    /**
     * Signs a CRL of every certificate this authority revoked: version 2, this update now, next update after
     * the given delay, a CRL number from the registry, the authority key identifier, and the reason of each
     * entry.
     *
     * @param nextUpdateIn when the next CRL is due
     * @return the CRL
     */
    public X509CRL publishCrl(Duration nextUpdateIn) {
        Objects.requireNonNull(nextUpdateIn, "nextUpdateIn");
        if (nextUpdateIn.isNegative() || nextUpdateIn.isZero()) {
            throw new IllegalArgumentException("the next update comes after this one");
        }
        Instant now = now(clock);
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(name(), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(nextUpdateIn)));
        for (Revocation revocation : registry.revocations(name())) {
            builder.addCRLEntry(
                    revocation.serialNumber(),
                    Date.from(revocation.revokedAt()),
                    revocation.reason().code());
        }
        try {
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(registry.nextCrlNumber(name())));
            return new JcaX509CRLConverter().setProvider(Bc.PROVIDER).getCRL(builder.build(Bc.signer(credential)));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new CryptographicFailureException("sign a CRL", e);
        }
    }

    /**
     * The authority's key and chain.
     *
     * @return the credential
     */
    public SigningCredential credential() {
        return credential;
    }

    /**
     * The authority's certificate.
     *
     * @return the first certificate of its chain
     */
    public X509Certificate certificate() {
        return credential.certificate();
    }

    /**
     * The authority's distinguished name, the issuer name of what it signs.
     *
     * @return the name
     */
    public X500Principal name() {
        return certificate().getSubjectX500Principal();
    }

    private X509Certificate sign(X500Principal subject, PublicKey publicKey, Duration validity, Kind kind) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IssuanceRefusedException("the validity must be positive");
        }
        Instant now = now(clock);
        Instant notAfter = now.plus(validity).truncatedTo(ChronoUnit.SECONDS);
        if (notAfter.isAfter(certificate().getNotAfter().toInstant())) {
            throw new IssuanceRefusedException("the validity would outlast the authority's certificate");
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                certificate(), serialNumber(random), Date.from(now), Date.from(notAfter), subject, publicKey);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
            switch (kind) {
                case AUTHORITY -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    builder.addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case SIGNATURE -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                }
                case TIMESTAMPING -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(
                            Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }
            }
            if (crlUrl != null) {
                DistributionPoint point = new DistributionPoint(
                        new DistributionPointName(new GeneralNames(
                                new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl.toString()))),
                        null,
                        null);
                builder.addExtension(
                        Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {point}));
            }
        } catch (CertIOException | GeneralSecurityException e) {
            throw new CryptographicFailureException("build a certificate", e);
        }
        X509Certificate certificate = Bc.certificate(builder.build(Bc.signer(credential)));
        registry.recordIssued(certificate);
        return certificate;
    }

    private static X509Certificate selfSigned(X509v3CertificateBuilder builder, KeyPair keys) {
        return Bc.certificate(
                builder.build(Bc.signer(keys.getPrivate(), keys.getPublic().getAlgorithm(), null)));
    }

    private static BigInteger serialNumber(SecureRandom random) {
        BigInteger serial;
        do {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            serial = new BigInteger(1, bytes);
        } while (serial.signum() == 0);
        return serial;
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private enum Kind {
        AUTHORITY,
        SIGNATURE,
        TIMESTAMPING;

        static Kind of(CertificateProfile profile) {
            return switch (profile) {
                case AGENT_SIGNATURE, ELECTRONIC_SEAL -> SIGNATURE;
                case TIMESTAMPING_UNIT -> TIMESTAMPING;
            };
        }
    }
}
