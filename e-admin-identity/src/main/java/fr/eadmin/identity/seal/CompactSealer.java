package fr.eadmin.identity.seal;

import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.core.spi.Sealer;
import fr.eadmin.core.spi.VisibleSeal;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPublicKey;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * Seals documents for paper and screens with the town's seal key (ECDSA P-256, SHA-256): the
 * {@link VisibleSeal}'s payload is the version 1 format of {@link fr.eadmin.identity.seal}, a few hundred
 * characters for a 2D code, and its reference is {@code VS-XXXX-XXXX}.
 *
 * <p>The issue date is sealed to the second. Thread-safe.
 *
 * {@snippet :
 * Sealer sealer = CompactSealer.create(townSeal);
 * VisibleSeal seal = sealer.seal(new SealRequest("quittance", "Q-2026-00042", issuedAt,
 *         Map.of("montant", "12,50 EUR"), sha256OfTheJson));
 * }
 */
public final class CompactSealer implements Sealer {
    /** The largest seal, in bytes before Base45: its text still fits a 2D code with medium error correction. */
    public static final int MAX_BYTES = 1600;

    private final SigningCredential credential;
    private final byte[] keyId;

    private CompactSealer(SigningCredential credential, byte[] keyId) {
        this.credential = credential;
        this.keyId = keyId;
    }

    /**
     * A sealer with the town's seal credential.
     *
     * @param credential the seal key and its certificate, an EC P-256 key
     * @return the sealer
     * @throws IllegalArgumentException if the certificate's key is not EC P-256
     */
    public static CompactSealer create(SigningCredential credential) {
        Objects.requireNonNull(credential, "credential");
        if (!(credential.certificate().getPublicKey() instanceof ECPublicKey ec)
                || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new IllegalArgumentException("a seal key is an EC P-256 key");
        }
        try {
            return new CompactSealer(
                    credential, SealCodec.keyId(credential.certificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new CryptographicFailureException("encode the seal certificate", e);
        }
    }

    /**
     * Seals a document's facts.
     *
     * @param request what the seal attests
     * @return the payload and its reference
     * @throws SealTooLargeException if the facts make a seal larger than {@link #MAX_BYTES}
     * @throws CryptographicFailureException if the key cannot sign
     */
    @Override
    public VisibleSeal seal(SealRequest request) {
        Objects.requireNonNull(request, "request");
        byte[] signed = SealCodec.signedPart(keyId, request);
        if (signed.length + SealCodec.SIGNATURE_LENGTH > MAX_BYTES) {
            throw new SealTooLargeException(signed.length + SealCodec.SIGNATURE_LENGTH, MAX_BYTES);
        }
        byte[] signature;
        try {
            Signature signer = credential.provider() == null
                    ? Signature.getInstance("SHA256withECDSA")
                    : Signature.getInstance("SHA256withECDSA", credential.provider());
            signer.initSign(credential.privateKey());
            signer.update(signed);
            signature = raw(signer.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptographicFailureException("seal a document", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + signature.length);
        out.writeBytes(signed);
        out.writeBytes(signature);
        byte[] seal = out.toByteArray();
        return new VisibleSeal(SealCodec.PREFIX + Base45.encode(seal), SealCodec.reference(seal));
    }

    /** The DER ECDSA signature as r then s, 32 bytes each, big-endian. */
    static byte[] raw(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        byte[] out = new byte[SealCodec.SIGNATURE_LENGTH];
        for (int i = 0; i < 2; i++) {
            byte[] value = ASN1Integer.getInstance(sequence.getObjectAt(i))
                    .getPositiveValue()
                    .toByteArray();
            int length = Math.min(value.length, 32);
            System.arraycopy(value, value.length - length, out, 32 * (i + 1) - length, length);
        }
        return out;
    }

    /** The r then s signature as DER, for JCA verification. */
    static byte[] der(byte[] raw) {
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, 32));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("DER encoding in memory does not fail", e);
        }
    }
}
