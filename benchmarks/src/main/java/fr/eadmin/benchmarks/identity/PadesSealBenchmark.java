package fr.eadmin.benchmarks.identity;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.InMemoryCertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.validation.BaselineLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A PAdES-B-B seal of the same two-page PDF with the same EC P-256 key: by e-admin's {@link PadesSigner}, by
 * DSS's {@code PAdESService}, and the floor, a CMS detached signature of the PDF's bytes by Bouncy Castle
 * (no PDF work at all).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PadesSealBenchmark {
    private byte[] pdf;
    private SigningCredential seal;
    private PadesSigner eadmin;
    private PAdESService dss;
    private CertificateToken dssCertificate;
    private List<CertificateToken> dssChain;

    /** Creates a town PKI, its seal credential, and the PDF. */
    @Setup
    public void setUp() throws IOException {
        MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
        CertificateAuthority root = CertificateAuthority.createRoot(
                AuthoritySettings.of(
                        new X500Principal("CN=Ville - AC racine, O=Ville, C=FR"),
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(3650)),
                new InMemoryCertificateRegistry(),
                clock);
        seal = root.issueWithNewKey(
                new X500Principal("CN=Cachet Ville, O=Ville, C=FR"),
                CertificateProfile.ELECTRONIC_SEAL,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(365));
        eadmin = PadesSigner.create(seal, clock);
        dss = new PAdESService(new CommonCertificateVerifier());
        dssCertificate = new CertificateToken(seal.certificate());
        dssChain = new ArrayList<>();
        for (X509Certificate certificate : seal.chain()) {
            dssChain.add(new CertificateToken(certificate));
        }
        pdf = twoPages();
    }

    /** e-admin: a PAdES-B-B signature in an incremental update. */
    @Benchmark
    public byte[] eadmin() {
        return eadmin.sign(pdf, PadesParameters.level(BaselineLevel.B_B));
    }

    /** DSS: the same signature with PAdESService, signing its data to sign with the same JCA key. */
    @Benchmark
    public DSSDocument dss() throws GeneralSecurityException {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(dssCertificate);
        parameters.setCertificateChain(dssChain);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = dss.getDataToSign(document, parameters);
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(seal.privateKey());
        signature.update(toBeSigned.getBytes());
        return dss.signDocument(
                document, parameters, new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, signature.sign()));
    }

    /** The floor: a CMS detached signature of the PDF's bytes, without any PDF work. */
    @Benchmark
    public byte[] bouncyCastleCms()
            throws CMSException, OperatorCreationException, GeneralSecurityException, IOException {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(seal.privateKey()), seal.certificate()));
        generator.addCertificates(new JcaCertStore(seal.chain()));
        return generator.generate(new CMSProcessableByteArray(pdf), false).getEncoded();
    }

    static byte[] twoPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= 2; page++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 760);
                    for (int line = 0; line < 40; line++) {
                        content.showText("Arrêté municipal n° 2026-042, page " + page + ", ligne " + line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
