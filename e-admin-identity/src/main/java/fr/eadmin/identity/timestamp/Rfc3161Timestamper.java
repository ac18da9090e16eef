package fr.eadmin.identity.timestamp;

import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Timestamper} backed by an RFC 3161 time-stamping authority: the town's own {@link
 * TimestampAuthority} in process, or an external one through {@link HttpTsaTransport}.
 *
 * <p>Each request carries a random 64-bit nonce and asks for the authority's certificate; the response
 * must be granted, match the request (same digest, same nonce, the certificate present, the requested
 * policy if one was set) and its token must pass the {@link TimestampVerifier} built from the trust anchors.
 * The {@link TimestampToken#encoded() token's bytes} are the DER {@code TimeStampToken}, a CMS {@code
 * ContentInfo} that other tools read (openssl ts, a CAdES signature-time-stamp attribute).
 *
 * {@snippet :
 * Timestamper timestamper = Rfc3161Timestamper.create(
 *         HttpTsaTransport.create(URI.create("https://tsa.example.fr/tsp"), Duration.ofSeconds(10)),
 *         TimestampVerifier.create(List.of(providerRoot), List.of()));
 * journal.seal(timestamper);
 * }
 */
public final class Rfc3161Timestamper implements Timestamper {
    private final TsaTransport transport;
    private final TimestampVerifier verifier;
    private final @Nullable String policy;
    private final SecureRandom random = new SecureRandom();

    private Rfc3161Timestamper(TsaTransport transport, TimestampVerifier verifier, @Nullable String policy) {
        this.transport = transport;
        this.verifier = verifier;
        this.policy = policy;
    }

    /**
     * A timestamper accepting whatever policy the authority applies.
     *
     * @param transport how requests reach the authority
     * @param verifier the verifier of the tokens, with the trust anchors of the authority
     * @return the timestamper
     */
    public static Rfc3161Timestamper create(TsaTransport transport, TimestampVerifier verifier) {
        return new Rfc3161Timestamper(
                Objects.requireNonNull(transport, "transport"), Objects.requireNonNull(verifier, "verifier"), null);
    }

    /**
     * The same timestamper, asking the authority for a policy.
     *
     * @param policyOid the TSA policy OID to request
     * @return the timestamper
     */
    public Rfc3161Timestamper withPolicy(String policyOid) {
        Objects.requireNonNull(policyOid, "policyOid");
        TsaSettings.withPolicy(policyOid);
        return new Rfc3161Timestamper(transport, verifier, policyOid);
    }

    /**
     * Timestamps a digest.
     *
     * @throws TimestampTransportException if the authority cannot be reached
     * @throws TimestampRejectedException if the authority refuses the request
     * @throws InvalidTimestampResponseException if the response does not match the request or its token
     *     fails verification
     */
    @Override
    public TimestampToken timestamp(byte[] sha256) {
        checkDigest(sha256);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (policy != null) {
            generator.setReqPolicy(new ASN1ObjectIdentifier(policy));
        }
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, sha256.clone(), nonce);
        byte[] encodedRequest;
        try {
            encodedRequest = request.getEncoded();
        } catch (IOException e) {
            throw new InvalidTimestampResponseException("cannot encode the request", e);
        }
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(transport.exchange(encodedRequest));
        } catch (TSPException | IOException | RuntimeException e) {
            if (e instanceof TimestampTransportException transportFailure) {
                throw transportFailure;
            }
            throw new InvalidTimestampResponseException("not a TimeStampResp", e);
        }
        if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
            throw new TimestampRejectedException(
                    response.getStatus(),
                    response.getFailInfo() == null ? 0 : response.getFailInfo().intValue());
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw new InvalidTimestampResponseException("the response does not match the request", e);
        }
        TimeStampToken token = response.getTimeStampToken();
        byte[] encoded;
        try {
            encoded = token.getEncoded();
        } catch (IOException e) {
            throw new InvalidTimestampResponseException("cannot encode the token", e);
        }
        TimestampVerification verification = verifier.verify(encoded, sha256);
        if (!(verification instanceof TimestampVerification.Valid valid)) {
            throw new InvalidTimestampResponseException(
                    "the token fails the check " + ((TimestampVerification.Invalid) verification).failedCheck(), null);
        }
        return new TimestampToken(encoded, valid.time());
    }

    /**
     * Whether a token is a valid timestamp of this digest, by an authority the verifier trusts, at the time
     * the token states.
     */
    @Override
    public boolean verify(TimestampToken token, byte[] sha256) {
        Objects.requireNonNull(token, "token");
        checkDigest(sha256);
        return verifier.verify(token.encoded(), sha256) instanceof TimestampVerification.Valid valid
                && valid.time().equals(token.time());
    }

    private static void checkDigest(byte[] sha256) {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has " + DIGEST_LENGTH + " bytes");
        }
    }
}
