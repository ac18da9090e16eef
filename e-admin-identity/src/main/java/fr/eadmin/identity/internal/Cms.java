package fr.eadmin.identity.internal;

import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.spi.Timestamper;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.jspecify.annotations.Nullable;

/** CMS pieces that CAdES and PAdES signatures share: signing-certificate-v2 and the signature-time-stamp. */
public final class Cms {
    private Cms() {}

    /**
     * The signing-certificate-v2 attribute (RFC 5035) naming a certificate by its SHA-256 hash, issuer and
     * serial number.
     *
     * @param certificate the signer's certificate
     * @return the signed attribute
     * @throws GeneralSecurityException if the certificate cannot be encoded
     */
    public static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(
                        certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2[] {
            new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial)
        });
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    }

    /**
     * The first DER object of bytes, without what follows: the CMS of a PDF signature without the zeros that
     * pad its {@code /Contents}.
     *
     * @param bytes the bytes
     * @return the encoding of the first object, or the bytes as they are if they do not start with one
     */
    public static byte[] firstObject(byte[] bytes) {
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            ASN1Primitive first = in.readObject();
            return first == null ? bytes : first.getEncoded();
        } catch (IOException | RuntimeException e) {
            return bytes;
        }
    }

    /**
     * Adds a signature-time-stamp unsigned attribute to the only signer of a signed data: an RFC 3161 token of
     * the SHA-256 of the signature value.
     *
     * @param data the signed data, with one signer
     * @param timestamper the timestamper, whose tokens are DER {@code TimeStampToken}s
     * @return the signed data with the timestamped signer
     * @throws GeneralSecurityException if SHA-256 is missing
     * @throws IOException if the token is not DER
     */
    public static CMSSignedData addSignatureTimestamp(CMSSignedData data, Timestamper timestamper)
            throws GeneralSecurityException, IOException {
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        TimestampToken token = timestamper.timestamp(digest);
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.encoded()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    /**
     * The content encapsulated in a CMS signed data (an enveloping signature, a {@code .p7m}).
     *
     * @param cms the encoding of the {@code ContentInfo}
     * @return the content, or null if the bytes are not a signed data or it carries no content
     */
    public static byte @Nullable [] encapsulatedContent(byte[] cms) {
        try {
            SignedData signedData = signedData(cms);
            ASN1Encodable content = signedData.getEncapContentInfo().getContent();
            if (content == null) {
                return null;
            }
            return ASN1OctetString.getInstance(content).getOctets();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The same signed data without its encapsulated content: the detached signature of that content, whose
     * signer infos, certificates and CRLs are unchanged (the signature covers the signed attributes, not the
     * encapsulation).
     *
     * @param cms the encoding of an enveloping {@code ContentInfo}
     * @return the encoding of the detached one, or the bytes as they are if they are not a signed data
     */
    public static byte[] detached(byte[] cms) {
        try {
            SignedData in = signedData(cms);
            SignedData out = new SignedData(
                    in.getDigestAlgorithms(),
                    new ContentInfo(in.getEncapContentInfo().getContentType(), null),
                    in.getCertificates(),
                    in.getCRLs(),
                    in.getSignerInfos());
            return new ContentInfo(CMSObjectIdentifiers.signedData, out).getEncoded();
        } catch (IOException | RuntimeException e) {
            return cms;
        }
    }

    /**
     * A detached signed data with the content put inside it (the signature covers the signed attributes,
     * which hold the content's digest, not the encapsulation).
     *
     * @param detached the encoding of a detached {@code ContentInfo}
     * @param content the content
     * @return the encoding of the enveloping one
     * @throws IOException if the bytes are not a signed data
     */
    public static byte[] enveloping(byte[] detached, byte[] content) throws IOException {
        SignedData in = signedData(detached);
        SignedData out = new SignedData(
                in.getDigestAlgorithms(),
                new ContentInfo(in.getEncapContentInfo().getContentType(), new DEROctetString(content)),
                in.getCertificates(),
                in.getCRLs(),
                in.getSignerInfos());
        return new ContentInfo(CMSObjectIdentifiers.signedData, out).getEncoded(ASN1Encoding.DER);
    }

    private static SignedData signedData(byte[] cms) throws IOException {
        ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms));
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new IOException("not a signed data");
        }
        return SignedData.getInstance(info.getContent());
    }
}
