package fr.eadmin.identity.timestamp;

import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.internal.Bc;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A time-stamping authority the application runs itself (RFC 3161): it takes a DER {@code TimeStampReq}
 * and answers a DER {@code TimeStampResp}, signed with the credential of a timestamping unit (a
 * certificate with the critical extended key usage id-kp-timeStamping, {@link
 * fr.eadmin.identity.pki.CertificateProfile#TIMESTAMPING_UNIT}).
 *
 * <p>Each token carries the configured policy, the accuracy, the time of the injected clock (to the
 * millisecond), the request's nonce, a serial number unique to this authority (a random 63-bit prefix
 * drawn at start, then a counter), and an ESSCertIDv2 (SHA-256) of the unit's certificate; the
 * certificate chain is included when the request asks for it. Requests are refused with the {@code
 * PKIFailureInfo} RFC 3161 names: badAlg for a digest other than SHA-256, SHA-384 or SHA-512 (SHA-1 and
 * MD5 are no longer acceptable), badDataFormat for bytes that are not a request (or a digest of the wrong
 * length), unacceptedPolicy for another policy, unacceptedExtension for any extension.
 *
 * <p>It is also a {@link TsaTransport}, so a {@link Rfc3161Timestamper} can use it in process; an HTTP
 * endpoint serves it by passing the body of a {@code POST application/timestamp-query} to {@link
 * #respond} and answering {@code application/timestamp-reply}. Thread-safe.
 */
public final class TimestampAuthority implements TsaTransport {
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS =
            Set.of(NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private final TimeStampResponseGenerator responses;
    private final Clock clock;
    private final BigInteger serialPrefix;
    private final AtomicLong counter = new AtomicLong();

    private TimestampAuthority(TimeStampResponseGenerator responses, Clock clock, BigInteger serialPrefix) {
        this.responses = responses;
        this.clock = clock;
        this.serialPrefix = serialPrefix;
    }

    /**
     * Creates an authority.
     *
     * @param unit the timestamping unit's key and chain
     * @param settings the policy and accuracy
     * @param clock the source of time
     * @return the authority
     * @throws IllegalArgumentException if the unit's certificate is not a timestamping certificate
     */
    public static TimestampAuthority create(SigningCredential unit, TsaSettings settings, Clock clock) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        if (!TimestampVerifier.isTimestampingUnit(unit.certificate())) {
            throw new IllegalArgumentException(
                    "a timestamping unit's certificate has the critical extended key usage id-kp-timeStamping only");
        }
        ASN1ObjectIdentifier policy = new ASN1ObjectIdentifier(settings.policy());
        try {
            SignerInfoGenerator signer =
                    new JcaSignerInfoGeneratorBuilder(Bc.digests()).build(Bc.signer(unit), unit.certificate());
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    signer, Bc.digests().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), policy);
            tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            long millis = settings.accuracy().toMillis();
            if (millis >= 1000) {
                tokens.setAccuracySeconds((int) (millis / 1000));
            }
            if (millis % 1000 != 0) {
                tokens.setAccuracyMillis((int) (millis % 1000));
            }
            tokens.addCertificates(new JcaCertStore(List.<X509Certificate>copyOf(unit.chain())));
            TimeStampResponseGenerator responses =
                    new TimeStampResponseGenerator(tokens, ACCEPTED_DIGESTS, Set.of(policy), Set.of());
            SecureRandom random = new SecureRandom();
            return new TimestampAuthority(responses, clock, new BigInteger(63, random).shiftLeft(64));
        } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
            throw new CryptographicFailureException("create a time-stamping authority", e);
        }
    }

    /**
     * Answers a request.
     *
     * @param timeStampRequest the DER encoding of a {@code TimeStampReq}, from anyone
     * @return the DER encoding of the {@code TimeStampResp}: granted with a token, or a rejection saying why
     */
    public byte[] respond(byte[] timeStampRequest) {
        Objects.requireNonNull(timeStampRequest, "timeStampRequest");
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(timeStampRequest);
            } catch (IOException | RuntimeException e) {
                return responses
                        .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat, "not a TimeStampReq")
                        .getEncoded();
            }
            BigInteger serial = serialPrefix.or(BigInteger.valueOf(counter.incrementAndGet()));
            Date genTime = Date.from(clock.instant());
            synchronized (responses) {
                return responses.generate(request, serial, genTime).getEncoded();
            }
        } catch (TSPException | IOException e) {
            throw new CryptographicFailureException("sign a time-stamp token", e);
        }
    }

    /** Answers in process: the same as {@link #respond}. */
    @Override
    public byte[] exchange(byte[] timeStampRequest) {
        return respond(timeStampRequest);
    }
}
