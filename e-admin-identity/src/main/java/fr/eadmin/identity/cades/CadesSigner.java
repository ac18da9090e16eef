package fr.eadmin.identity.cades;

import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Cms;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;

/**
 * Makes CAdES detached signatures (ETSI EN 319 122-1): a CMS {@code SignedData} without the content, with
 * the signer's chain and the signed attributes of baseline B (content-type, message-digest, signing-time
 * from the injected clock, signing-certificate-v2 with the SHA-256 hash of the signer's certificate). With
 * a timestamper the signature is baseline T: a signature-time-stamp unsigned attribute holds an RFC 3161
 * token of the SHA-256 of the signature value.
 *
 * <p>The content is read once, as a stream, and never held in memory: a signature of a 4 GB file costs
 * a buffer. Digest SHA-256; signature ECDSA or RSA PKCS#1 v1.5 after the credential's key. Thread-safe.
 *
 * {@snippet :
 * CadesSigner signer = CadesSigner.create(agentCredential, clock).withTimestamper(timestamper);
 * byte[] p7s;
 * try (InputStream in = Files.newInputStream(pdf)) {
 *     p7s = signer.sign(in);
 * }
 * }
 */
public final class CadesSigner {
    private final SigningCredential credential;
    private final Clock clock;
    private final @Nullable Timestamper timestamper;

    private CadesSigner(SigningCredential credential, Clock clock, @Nullable Timestamper timestamper) {
        this.credential = credential;
        this.clock = clock;
        this.timestamper = timestamper;
    }

    /**
     * A signer of CAdES-B signatures.
     *
     * @param credential the signer's key and chain
     * @param clock the source of the signing time
     * @return the signer
     */
    public static CadesSigner create(SigningCredential credential, Clock clock) {
        return new CadesSigner(
                Objects.requireNonNull(credential, "credential"), Objects.requireNonNull(clock, "clock"), null);
    }

    /**
     * The same signer making CAdES-T signatures.
     *
     * @param signatureTimestamper an RFC 3161 timestamper (its tokens' bytes are DER {@code TimeStampToken}s,
     *     as {@link fr.eadmin.identity.timestamp.Rfc3161Timestamper} makes)
     * @return the signer
     */
    public CadesSigner withTimestamper(Timestamper signatureTimestamper) {
        return new CadesSigner(credential, clock, Objects.requireNonNull(signatureTimestamper, "signatureTimestamper"));
    }

    /**
     * Signs a content and puts it inside the signature: an enveloping CAdES signature (a {@code .p7m} file),
     * the same signature as {@link #sign(InputStream)}'s with the content encapsulated.
     *
     * @param content the content
     * @return the DER encoding of the CMS {@code ContentInfo} holding the content
     * @throws CryptographicFailureException if the key cannot sign
     */
    public byte[] signEnveloping(byte[] content) {
        Objects.requireNonNull(content, "content");
        byte[] detached = sign(new ByteArrayInputStream(content));
        try {
            return Cms.enveloping(detached, content);
        } catch (IOException e) {
            throw new CryptographicFailureException("encapsulate the content", e);
        }
    }

    /**
     * Signs a content read from a stream, which is read to its end and not closed.
     *
     * @param content the content
     * @return the DER encoding of the CMS {@code ContentInfo} (a {@code .p7s} file)
     * @throws ContentReadException if the content cannot be read
     * @throws CryptographicFailureException if the key cannot sign
     */
    public byte[] sign(InputStream content) {
        Objects.requireNonNull(content, "content");
        X509Certificate certificate = credential.certificate();
        try {
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
            signed.add(Cms.signingCertificateV2(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Bc.digests())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signed)))
                    .build(Bc.signer(credential), certificate));
            generator.addCertificates(new JcaCertStore(List.<X509Certificate>copyOf(credential.chain())));
            CMSSignedData data = generator.generate(new StreamedContent(content), false);
            if (timestamper != null) {
                data = Cms.addSignatureTimestamp(data, timestamper);
            }
            return data.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ContentReadException.Wrapped wrapped) {
                    throw new ContentReadException(wrapped.getCause());
                }
            }
            throw new CryptographicFailureException("sign a content", e);
        }
    }

    /** The content, streamed once into the digest calculator. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (true) {
                try {
                    read = in.read(buffer);
                } catch (IOException e) {
                    throw new ContentReadException.Wrapped(e);
                }
                if (read < 0) {
                    return;
                }
                out.write(buffer, 0, read);
            }
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
