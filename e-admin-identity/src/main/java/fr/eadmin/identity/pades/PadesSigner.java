package fr.eadmin.identity.pades;

import fr.eadmin.core.spi.Timestamper;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.internal.Bc;
import fr.eadmin.identity.internal.Cms;
import fr.eadmin.identity.validation.BaselineLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

/**
 * Signs and seals PDFs with PAdES baseline signatures (ETSI EN 319 142-1), levels B-B, B-T and B-LT.
 *
 * <p>The signature is added in an incremental update: the bytes of the original document stay as they were,
 * and a signature dictionary with SubFilter {@code ETSI.CAdES.detached} holds a CMS detached signature of the
 * byte range. Its signed attributes are content-type, message-digest and signing-certificate-v2 (SHA-256 of
 * the signer's certificate); PAdES forbids the signing-time attribute, the claimed time goes in the
 * dictionary's {@code /M}, from the injected clock. At B-T an RFC 3161 signature-time-stamp of the signature
 * value is added as an unsigned attribute. At B-LT a second incremental update adds the document security
 * store ({@code /DSS}): the signer's chain, the timestamping unit's certificates and the CRLs given to the
 * signer, with a {@code /VRI} entry for the signature, so that validation needs no network.
 *
 * <p>The {@code /Contents} placeholder is sized from what the CMS will hold (the chain, the signature value,
 * an allowance for the timestamp token); if the signature does not fit, signing starts again with room for
 * the signature that did not fit. The key is any JCA {@link java.security.PrivateKey} of the {@link SigningCredential}: a PKCS#12 file, an HSM
 * through its PKCS#11 provider. Thread-safe.
 *
 * {@snippet :
 * PadesSigner signer = PadesSigner.create(sealCredential, clock)
 *         .withTimestamper(timestamper)
 *         .withCrls(List.of(root.publishCrl(Duration.ofDays(7)), issuing.publishCrl(Duration.ofDays(7))));
 * byte[] sealed = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_LT).certifying());
 * }
 */
public final class PadesSigner {
    /** The SubFilter of PAdES baseline signatures. */
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int STRUCTURE_ALLOWANCE = 512;
    private static final int TIMESTAMP_ALLOWANCE = 1024;
    private static final int ATTEMPTS = 4;

    private final SigningCredential credential;
    private final Clock clock;
    private final @Nullable Timestamper timestamper;
    private final List<X509CRL> crls;

    private PadesSigner(
            SigningCredential credential, Clock clock, @Nullable Timestamper timestamper, List<X509CRL> crls) {
        this.credential = credential;
        this.clock = clock;
        this.timestamper = timestamper;
        this.crls = crls;
    }

    /**
     * A signer of B-B signatures.
     *
     * @param credential the signer's key and chain (the chain is embedded in every signature)
     * @param clock the source of the claimed signing time
     * @return the signer
     */
    public static PadesSigner create(SigningCredential credential, Clock clock) {
        return new PadesSigner(
                Objects.requireNonNull(credential, "credential"),
                Objects.requireNonNull(clock, "clock"),
                null,
                List.of());
    }

    /**
     * The same signer, able to make B-T signatures.
     *
     * @param signatureTimestamper an RFC 3161 timestamper whose tokens are DER {@code TimeStampToken}s, such as
     *     {@link fr.eadmin.identity.timestamp.Rfc3161Timestamper}
     * @return the signer
     */
    public PadesSigner withTimestamper(Timestamper signatureTimestamper) {
        return new PadesSigner(
                credential, clock, Objects.requireNonNull(signatureTimestamper, "signatureTimestamper"), crls);
    }

    /**
     * The same signer, able to make B-LT signatures with these CRLs in the document security store: give the
     * current CRL of every authority of the signer's and the timestamping unit's chains.
     *
     * @param revocationLists the CRLs
     * @return the signer
     */
    public PadesSigner withCrls(Collection<X509CRL> revocationLists) {
        return new PadesSigner(credential, clock, timestamper, List.copyOf(revocationLists));
    }

    /**
     * Signs a PDF.
     *
     * @param pdf the document
     * @param parameters the level and presentation of the signature
     * @return the signed document: the original bytes followed by one incremental update (two for B-LT)
     * @throws UnreadablePdfException if the bytes are not a PDF PDFBox can read, or an encrypted one
     * @throws SigningRefusedException if the level needs a timestamper or CRLs the signer lacks, the document
     *     cannot be certified because it is already signed, or the visible signature's page does not exist
     * @throws CryptographicFailureException if the key cannot sign
     * @throws fr.eadmin.core.EAdminException if the timestamper fails (a subclass saying why)
     */
    public byte[] sign(byte[] pdf, PadesParameters parameters) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(parameters, "parameters");
        BaselineLevel level = parameters.level();
        if (level != BaselineLevel.B_B && timestamper == null) {
            throw new SigningRefusedException("level " + level + " needs a timestamper");
        }
        if (level == BaselineLevel.B_LT && crls.isEmpty()) {
            throw new SigningRefusedException("level B_LT needs the CRLs of the chain");
        }
        int room = estimateSize(level != BaselineLevel.B_B);
        for (int attempt = 1; ; attempt++) {
            Signed signed = signOnce(pdf, parameters, room);
            if (signed.document != null) {
                return level == BaselineLevel.B_LT ? addValidationData(signed.document, signed.cms) : signed.document;
            }
            if (attempt == ATTEMPTS) {
                throw new CryptographicFailureException(
                        "fit a signature of " + signed.cms.length + " bytes in the PDF",
                        new IOException("signature larger than expected"));
            }
            room = Math.max(room + STRUCTURE_ALLOWANCE, signed.cms.length + STRUCTURE_ALLOWANCE);
        }
    }

    /**
     * The room for the CMS: the chain, twice the issuer's name (signer identifier and signing-certificate-v2),
     * the largest signature value of the key, the attributes and structure around them, and at B-T an
     * allowance for the token (its own signature, a chain like the signer's, its structure). A misfit is
     * retried with room for the CMS that did not fit.
     */
    private int estimateSize(boolean timestamped) {
        X509Certificate certificate = credential.certificate();
        int chain = 0;
        for (X509Certificate member : credential.chain()) {
            chain += encoded(member).length;
        }
        int size = STRUCTURE_ALLOWANCE
                + 2 * certificate.getIssuerX500Principal().getEncoded().length
                + signatureValueBound(certificate.getPublicKey())
                + chain;
        if (timestamped) {
            // a token carries its unit's certificate and often its chain: assume one like the signer's
            size += TIMESTAMP_ALLOWANCE + chain;
        }
        return size;
    }

    private static int signatureValueBound(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return 2 * ((ec.getParams().getCurve().getField().getFieldSize() + 7) / 8) + 9;
        }
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() / 8 + 1;
        }
        return 1024;
    }

    /** The signed document, or null with the CMS that did not fit. */
    private record Signed(byte @Nullable [] document, byte[] cms) {}

    private Signed signOnce(byte[] pdf, PadesParameters parameters, int room) {
        try (PDDocument document = load(pdf)) {
            if (parameters.certify() && !document.getSignatureDictionaries().isEmpty()) {
                throw new SigningRefusedException("only the first signature of a document may certify it");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            String signer = commonName(credential.certificate().getSubjectX500Principal());
            signature.setName(signer);
            if (parameters.reason() != null) {
                signature.setReason(parameters.reason());
            }
            if (parameters.location() != null) {
                signature.setLocation(parameters.location());
            }
            Calendar now = GregorianCalendar.from(clock.instant().atZone(PARIS));
            now.setTimeZone(TimeZone.getTimeZone(PARIS));
            signature.setSignDate(now);
            if (parameters.certify()) {
                certify(document, signature);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * room + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(room);
                if (parameters.visibleSignature() != null) {
                    VisibleSignature box = parameters.visibleSignature();
                    if (box.page() > document.getNumberOfPages()) {
                        throw new SigningRefusedException("the document has no page " + box.page());
                    }
                    options.setVisualSignature(
                            SignatureAppearance.template(document, box, signer, clock.instant(), parameters));
                    options.setPage(box.page() - 1);
                }
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] cms;
                try (InputStream content = external.getContent()) {
                    cms = cms(content.readAllBytes(), parameters.level() != BaselineLevel.B_B);
                }
                if (cms.length > room) {
                    return new Signed(null, cms);
                }
                external.setSignature(cms);
                return new Signed(out.toByteArray(), cms);
            }
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted()) {
                document.close();
                throw new UnreadablePdfException(new IOException("the document is encrypted"));
            }
            return document;
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        }
    }

    /** The CMS detached signature of the byte range, with the signature-time-stamp at B-T. */
    private byte[] cms(byte[] signedBytes, boolean timestamped) {
        X509Certificate certificate = credential.certificate();
        try {
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(Cms.signingCertificateV2(certificate));
            CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(signed));
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Bc.digests())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(Bc.signer(credential), certificate));
            generator.addCertificates(new JcaCertStore(List.<X509Certificate>copyOf(credential.chain())));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (timestamped && timestamper != null) {
                data = Cms.addSignatureTimestamp(data, timestamper);
            }
            return data.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new CryptographicFailureException("sign a PDF", e);
        }
    }

    /** DocMDP with permissions P=2: only form filling and signatures after this one. */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, 2);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature.getCOSObject());
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
        permissions.setNeedToBeUpdated(true);
    }

    /** Adds the DSS in a second incremental update. */
    private byte[] addValidationData(byte[] signedPdf, byte[] cms) {
        Set<X509Certificate> certificates = new LinkedHashSet<>(credential.chain());
        certificates.addAll(timestampCertificates(cms));
        return DocumentSecurityStore.append(signedPdf, List.copyOf(certificates), crls);
    }

    private static List<X509Certificate> timestampCertificates(byte[] cms) {
        List<X509Certificate> found = new ArrayList<>();
        try {
            SignerInformation signer = new CMSSignedData(cms)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            AttributeTable unsigned = signer.getUnsignedAttributes();
            if (unsigned == null) {
                return found;
            }
            var attribute = unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (attribute == null) {
                return found;
            }
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            Store<X509CertificateHolder> store = token.getCertificates();
            for (X509CertificateHolder holder : store.getMatches(null)) {
                found.add(Bc.certificate(holder));
            }
            return found;
        } catch (CMSException | TSPException | IOException e) {
            throw new CryptographicFailureException("read the signature-time-stamp", e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new CryptographicFailureException("encode a certificate", e);
        }
    }

    static String commonName(X500Principal principal) {
        RDN[] names = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return principal.getName(X500Principal.RFC2253);
        }
        return IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
