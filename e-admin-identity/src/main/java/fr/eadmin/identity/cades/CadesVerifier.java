package fr.eadmin.identity.cades;

import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Revocations;
import fr.eadmin.identity.timestamp.TimestampCheck;
import fr.eadmin.identity.timestamp.TimestampVerification;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

/**
 * Verifies CAdES detached signatures (baseline B and T) over a content read as a stream, and answers with a
 * value: {@link CadesVerification.Valid} or the first {@link CadesCheck} that failed.
 *
 * <p>The checks: one signer; the signed attributes of baseline B; the signer's certificate present and
 * named by signing-certificate-v2; a signing key usage; the content's digest; the signature value; the
 * signature-time-stamp, when there is one, with a {@link TimestampVerifier}; the certificate's validity at
 * the signing time and at the validation time; its chain to a trust anchor; and the CRLs the caller gives.
 *
 * <p>The validation time is the time of a valid signature-time-stamp (CAdES-T: what existed then stays
 * valid after the certificate expires or is revoked later), otherwise the clock's now. A time-stamp that
 * fails its checks (imprint, signature, unit's certificate, chain, revocation of the unit) proves nothing:
 * the signature is then checked at the clock's now, as if it had none, and fails with the check that fails
 * there, or with {@link CadesCheck#TIMESTAMP_INVALID} if all pass; the result's notes say why the
 * time-stamp was rejected. A certificate is revoked if a given CRL, signed by its issuer, lists it with a
 * revocation date at or before the validation time; a certificate for which no CRL was given is not checked
 * for revocation (give the current CRL of each authority to check them all), and a CRL that names the
 * issuer but is not signed by its key is ignored (and noted). Thread-safe.
 */
public final class CadesVerifier {
    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> crls;
    private final TimestampVerifier timestamps;
    private final Clock clock;
    private final boolean revocationRequired;

    private CadesVerifier(
            Set<TrustAnchor> anchors,
            List<X509CRL> crls,
            TimestampVerifier timestamps,
            Clock clock,
            boolean revocationRequired) {
        this.anchors = anchors;
        this.crls = crls;
        this.timestamps = timestamps;
        this.clock = clock;
        this.revocationRequired = revocationRequired;
    }

    /**
     * A verifier trusting the given roots, for signers and timestamping units alike, without CRLs.
     *
     * @param trustAnchors the roots
     * @param clock the source of the validation time for signatures without a timestamp
     * @return the verifier
     * @throws IllegalArgumentException if there is no trust anchor
     */
    public static CadesVerifier create(Collection<X509Certificate> trustAnchors, Clock clock) {
        Objects.requireNonNull(trustAnchors, "trustAnchors");
        Objects.requireNonNull(clock, "clock");
        TimestampVerifier timestamps = TimestampVerifier.create(trustAnchors, List.of());
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate anchor : trustAnchors) {
            anchors.add(new TrustAnchor(anchor, null));
        }
        return new CadesVerifier(Set.copyOf(anchors), List.of(), timestamps, clock, false);
    }

    /**
     * The same verifier, checking revocation against CRLs.
     *
     * @param revocationLists the CRLs of the authorities of the chains (each checked against its issuer)
     * @return the verifier
     */
    public CadesVerifier withCrls(Collection<X509CRL> revocationLists) {
        List<X509CRL> copy = List.copyOf(revocationLists);
        return new CadesVerifier(anchors, copy, timestamps.withCrls(copy), clock, revocationRequired);
    }

    /**
     * The same verifier, checking signature-time-stamps with another timestamp verifier (other anchors for
     * an external authority). {@link #withCrls} and {@link #requiringRevocationData()} called afterwards
     * pass their CRLs and requirement on to it.
     *
     * @param timestampVerifier the verifier of signature-time-stamps
     * @return the verifier
     */
    public CadesVerifier withTimestampVerifier(TimestampVerifier timestampVerifier) {
        return new CadesVerifier(
                anchors,
                crls,
                Objects.requireNonNull(timestampVerifier, "timestampVerifier"),
                clock,
                revocationRequired);
    }

    /**
     * The same verifier, failing with {@link CadesCheck#REVOCATION_DATA_MISSING} when a certificate of the
     * path, up to the trust anchor, has no fresh CRL signed by its issuer among the given ones (nextUpdate
     * at or after the validation time): without revocation data a signature cannot be said valid, only not
     * yet refuted. The signature-time-stamp's unit must then have fresh CRLs too.
     *
     * @return the verifier
     */
    public CadesVerifier requiringRevocationData() {
        return new CadesVerifier(anchors, crls, timestamps.requiringRevocationData(), clock, true);
    }

    /**
     * Verifies a detached signature of a content, read to its end and not closed.
     *
     * @param signature the DER (or BER) encoding of the CMS {@code ContentInfo}
     * @param content the signed content
     * @return valid, or the check that failed
     * @throws ContentReadException if the content cannot be read
     */
    public CadesVerification verify(byte[] signature, InputStream content) {
        return verify(signature, content, SigningTime.ATTRIBUTE, null);
    }

    /**
     * Verifies the CMS of a signature whose container carries the claimed signing time itself, as PAdES does
     * in the signature dictionary's {@code /M} (ETSI EN 319 142-1 forbids the signing-time attribute there):
     * the checks of {@link #verify(byte[], InputStream)}, except that a signing-time attribute fails with
     * {@link CadesCheck#UNEXPECTED_SIGNED_ATTRIBUTE} and the claimed time is the one given.
     *
     * @param signature the DER (or BER) encoding of the CMS {@code ContentInfo}
     * @param content the signed content (for a PDF, the bytes its byte range covers)
     * @param claimedSigningTime the signing time the container claims
     * @return valid, or the check that failed
     * @throws ContentReadException if the content cannot be read
     */
    public CadesVerification verifyWithoutSigningTimeAttribute(
            byte[] signature, InputStream content, Instant claimedSigningTime) {
        return verify(
                signature, content, SigningTime.CONTAINER, Objects.requireNonNull(claimedSigningTime, "claimedTime"));
    }

    /** Where the claimed signing time is. */
    private enum SigningTime {
        ATTRIBUTE,
        CONTAINER
    }

    private CadesVerification verify(
            byte[] signature, InputStream content, SigningTime mode, @Nullable Instant claimedSigningTime) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(content, "content");
        CMSSignedDataParser parser;
        try {
            parser = new CMSSignedDataParser(Bc.digests(), new CMSTypedStream(content), signature);
        } catch (CMSException | RuntimeException e) {
            return invalid(CadesCheck.MALFORMED);
        }
        try {
            parser.getSignedContent().drain();
        } catch (IOException e) {
            throw new ContentReadException(e);
        }
        Collection<SignerInformation> signers;
        Store<?> certificates;
        try {
            signers = parser.getSignerInfos().getSigners();
            certificates = parser.getCertificates();
        } catch (CMSException | RuntimeException e) {
            return invalid(CadesCheck.MALFORMED);
        }
        if (signers.size() != 1) {
            return invalid(CadesCheck.NOT_ONE_SIGNER);
        }
        return verify(signers.iterator().next(), certificates, mode, claimedSigningTime);
    }

    private CadesVerification verify(
            SignerInformation signer, Store<?> store, SigningTime mode, @Nullable Instant claimedSigningTime) {
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null
                || signed.get(CMSAttributes.contentType) == null
                || signed.get(CMSAttributes.messageDigest) == null
                || (mode == SigningTime.ATTRIBUTE && signed.get(CMSAttributes.signingTime) == null)
                || signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null) {
            return invalid(CadesCheck.MISSING_SIGNED_ATTRIBUTE);
        }
        if (mode == SigningTime.CONTAINER && signed.get(CMSAttributes.signingTime) != null) {
            return invalid(CadesCheck.UNEXPECTED_SIGNED_ATTRIBUTE);
        }
        List<X509Certificate> carried = new ArrayList<>();
        @Nullable X509Certificate certificate = null;
        for (Object match : store.getMatches(null)) {
            if (!(match instanceof X509CertificateHolder holder)) {
                continue;
            }
            X509Certificate candidate = Bc.certificate(holder);
            carried.add(candidate);
            if (signer.getSID().match(holder)) {
                certificate = candidate;
            }
        }
        if (certificate == null) {
            return invalid(CadesCheck.SIGNER_CERTIFICATE_MISSING);
        }
        Instant signingTime;
        try {
            if (!namesCertificate(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2), certificate)) {
                return invalid(CadesCheck.SIGNING_CERTIFICATE_MISMATCH);
            }
            signingTime = claimedSigningTime != null
                    ? claimedSigningTime
                    : Time.getInstance(only(signed.get(CMSAttributes.signingTime)))
                            .getDate()
                            .toInstant();
        } catch (GeneralSecurityException | RuntimeException e) {
            return invalid(CadesCheck.MALFORMED);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            return invalid(CadesCheck.NOT_A_SIGNING_CERTIFICATE);
        }
        if (!validAt(certificate, signingTime)) {
            return invalid(CadesCheck.CERTIFICATE_EXPIRED);
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Bc.PROVIDER)
                    .build(certificate))) {
                return invalid(CadesCheck.SIGNATURE_INVALID);
            }
        } catch (CMSSignerDigestMismatchException e) {
            return invalid(CadesCheck.DIGEST_MISMATCH);
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return invalid(CadesCheck.SIGNATURE_INVALID);
        }
        @Nullable Instant timestampTime = null;
        List<String> notes = new ArrayList<>();
        @Nullable TimestampCheck rejected = null;
        AttributeTable unsigned = signer.getUnsignedAttributes();
        @Nullable
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp != null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
                TimestampVerification verification =
                        timestamps.verify(only(stamp).toASN1Primitive().getEncoded(), digest);
                if (verification instanceof TimestampVerification.Invalid invalid) {
                    rejected = invalid.failedCheck();
                } else {
                    timestampTime = ((TimestampVerification.Valid) verification).time();
                }
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                rejected = TimestampCheck.MALFORMED;
            }
            if (rejected != null) {
                notes.add("the signature time-stamp is rejected (" + rejected
                        + "): it proves no time, the signature is checked at the validation time");
            }
        }
        Instant validationTime = timestampTime != null ? timestampTime : clock.instant();
        if (!validAt(certificate, validationTime)) {
            return new CadesVerification.Invalid(CadesCheck.CERTIFICATE_EXPIRED, timestampTime, notes);
        }
        @Nullable List<X509Certificate> path = chain(certificate, carried, validationTime);
        if (path == null) {
            return new CadesVerification.Invalid(CadesCheck.UNTRUSTED_SIGNER, timestampTime, notes);
        }
        Revocations.Finding revocation = Revocations.check(path, crls, validationTime, false);
        if (revocation.status() == Revocations.Status.REVOKED) {
            notes.addAll(revocation.notes());
            return new CadesVerification.Invalid(CadesCheck.CERTIFICATE_REVOKED, timestampTime, notes);
        }
        if (revocationRequired) {
            notes.addAll(revocation.notes());
            if (revocation.status() == Revocations.Status.NO_FRESH_DATA) {
                return new CadesVerification.Invalid(CadesCheck.REVOCATION_DATA_MISSING, timestampTime, notes);
            }
        }
        if (rejected != null) {
            return new CadesVerification.Invalid(CadesCheck.TIMESTAMP_INVALID, null, notes);
        }
        return new CadesVerification.Valid(certificate, signingTime, timestampTime, path, notes);
    }

    private static boolean namesCertificate(Attribute attribute, X509Certificate certificate)
            throws GeneralSecurityException {
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(only(attribute)).getCerts();
        if (ids.length == 0) {
            return false;
        }
        ESSCertIDv2 id = ids[0];
        String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
        byte[] hash = MessageDigest.getInstance(algorithm, Bc.PROVIDER).digest(certificate.getEncoded());
        if (!MessageDigest.isEqual(hash, id.getCertHash())) {
            return false;
        }
        return id.getIssuerSerial() == null
                || id.getIssuerSerial().getSerial().getValue().equals(certificate.getSerialNumber());
    }

    private static ASN1Encodable only(Attribute attribute) {
        ASN1Encodable[] values = attribute.getAttributeValues();
        if (values.length != 1) {
            throw new IllegalArgumentException("an attribute of CAdES has one value");
        }
        return values[0];
    }

    private static boolean validAt(X509Certificate certificate, Instant time) {
        return !time.isBefore(certificate.getNotBefore().toInstant())
                && !time.isAfter(certificate.getNotAfter().toInstant());
    }

    private @Nullable List<X509Certificate> chain(X509Certificate signer, List<X509Certificate> pool, Instant at) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> all = new ArrayList<>(pool);
            all.add(signer);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            CertPath path = result.getCertPath();
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : path.getCertificates()) {
                out.add((X509Certificate) c);
            }
            out.add(result.getTrustAnchor().getTrustedCert());
            return out;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static CadesVerification invalid(CadesCheck check) {
        return new CadesVerification.Invalid(check);
    }
}
