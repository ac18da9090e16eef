package fr.eadmin.identity.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.Indication;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {
    private final TownPki pki = new TownPki();
    private final Rfc3161Timestamper timestamper = pki.timestamper();
    private final List<X509CRL> crls = pki.crls();
    private final PadesSigner signer =
            PadesSigner.create(pki.seal, pki.clock).withTimestamper(timestamper).withCrls(crls);
    private final SignatureValidator validator = SignatureValidator.create(List.of(pki.root.certificate()), pki.clock);
    private final byte[] pdf = Pdfs.twoPages();

    @TempDir
    Path dir;

    @Test
    void keepsTheOriginalBytesAndSignsWithTheBaselineAttributesWithoutSigningTime() throws Exception {
        byte[] signed = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_B));

        assertThat(Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(TownPki.START);
            SignerInformation info = new CMSSignedData(
                            fr.eadmin.identity.internal.Cms.firstObject(signature.getContents(signed)))
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime))
                    .isNull();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(info.getUnsignedAttributes()).isNull();
        }
    }

    @Test
    void reachesEachLevel() {
        for (BaselineLevel level : BaselineLevel.values()) {
            byte[] signed = signer.sign(pdf, PadesParameters.level(level));
            ValidationReport report = validator.withCrls(crls).validatePdf(signed);
            assertThat(report.signatures()).singleElement().satisfies(s -> {
                assertThat(s.indication()).as(level + " " + s.details()).isEqualTo(Indication.TOTAL_PASSED);
                assertThat(s.level()).isEqualTo(level);
                assertThat(s.signer()).contains("CN=Cachet Ville de Test");
            });
        }
    }

    @Test
    void baselineLtValidatesWithTheDocumentAloneAndBaselineBNeedsCrls() {
        byte[] lt = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_LT));
        byte[] b = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_B));

        assertThat(validator.validatePdf(lt).indication()).isEqualTo(Indication.TOTAL_PASSED);
        SignatureReport withoutCrl = validator.validatePdf(b).signatures().get(0);
        assertThat(withoutCrl.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(withoutCrl.subIndication()).isEqualTo(fr.eadmin.identity.validation.SubIndication.TRY_LATER);
    }

    @Test
    void signsAVisibleCertifyingSealAndThenASecondSignature() throws Exception {
        byte[] sealed = signer.sign(
                pdf,
                PadesParameters.level(BaselineLevel.B_T)
                        .withReason("Délivré par la mairie")
                        .withLocation("Ville de Test")
                        .withVisibleSignature(VisibleSignature.onPage(2, 340, 40, 220, 70))
                        .certifying());
        byte[] countersigned = PadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(timestamper)
                .withCrls(crls)
                .sign(sealed, PadesParameters.level(BaselineLevel.B_LT));

        ValidationReport report = validator.validatePdf(countersigned);
        try (PDDocument document = Loader.loadPDF(sealed)) {
            COSDictionary permissions =
                    document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertThat(permissions.getCOSDictionary(COSName.DOCMDP)).isNotNull();
            PDAnnotation widget = document.getPage(1).getAnnotations().get(0);
            assertThat(widget.getRectangle().getLowerLeftX()).isEqualTo(340);
            assertThat(widget.getRectangle().getWidth()).isEqualTo(220);
            assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream())
                    .isNotNull();
            assertThat(document.getPage(0).getAnnotations()).isEmpty();
        }

        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures())
                .allSatisfy(s ->
                        assertThat(s.indication()).as(s.details().toString()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.signatures().get(1).level()).isEqualTo(BaselineLevel.B_LT);
    }

    @Test
    void refusesToCertifyASignedDocumentAndLevelsItCannotReach() {
        byte[] signed = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_B));

        assertThatThrownBy(() -> signer.sign(
                        signed, PadesParameters.level(BaselineLevel.B_B).certifying()))
                .isInstanceOf(SigningRefusedException.class);
        assertThatThrownBy(() ->
                        PadesSigner.create(pki.seal, pki.clock).sign(pdf, PadesParameters.level(BaselineLevel.B_T)))
                .isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("timestamper");
        assertThatThrownBy(() -> PadesSigner.create(pki.seal, pki.clock)
                        .withTimestamper(timestamper)
                        .sign(pdf, PadesParameters.level(BaselineLevel.B_LT)))
                .isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("CRLs");
        assertThatThrownBy(() -> signer.sign(
                        pdf,
                        PadesParameters.level(BaselineLevel.B_B)
                                .withVisibleSignature(VisibleSignature.onPage(3, 10, 10, 100, 40))))
                .isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("page 3");
        assertThatThrownBy(() -> signer.sign("not a pdf".getBytes(), PadesParameters.level(BaselineLevel.B_B)))
                .isInstanceOf(UnreadablePdfException.class);
    }

    @Test
    void pdfsigAcceptsEachLevel() throws Exception {
        for (BaselineLevel level : BaselineLevel.values()) {
            Path file = dir.resolve(level + ".pdf");
            Files.write(file, signer.sign(pdf, PadesParameters.level(level)));

            ExternalTool.Result result = ExternalTool.run(dir, "pdfsig", "-nocert", file.toString());

            assertThat(result.output())
                    .as(level.toString())
                    .contains("Signature is Valid.")
                    .contains("ETSI.CAdES.detached")
                    .contains(
                            level == BaselineLevel.B_LT
                                    ? "Not total document signed" // the DSS comes in a later update
                                    : "Total document signed");
        }
    }

    @Test
    void pdfsigSeesADigestMismatchWhenAByteOfTheSignedRangeChanges() throws Exception {
        byte[] signed = signer.sign(pdf, PadesParameters.level(BaselineLevel.B_B));
        signed[pdf.length / 2] ^= 1;
        Path file = dir.resolve("flipped.pdf");
        Files.write(file, signed);

        ExternalTool.Result result = ExternalTool.run(dir, "pdfsig", "-nocert", file.toString());

        assertThat(result.output()).doesNotContain("Signature is Valid.").contains("Digest Mismatch");
    }

    @Test
    void signsTwiceAPdfWithObjectStreamsWithoutFalseChanges() throws Exception {
        Files.write(dir.resolve("plain.pdf"), pdf);
        ExternalTool.Result converted =
                ExternalTool.run(dir, "qpdf", "--object-streams=generate", "plain.pdf", "compressed.pdf");
        assertThat(converted.succeeded()).as(converted.output()).isTrue();
        byte[] compressed = Files.readAllBytes(dir.resolve("compressed.pdf"));

        byte[] once = signer.sign(compressed, PadesParameters.level(BaselineLevel.B_LT));
        byte[] twice = PadesSigner.create(pki.agent, pki.clock)
                .withTimestamper(timestamper)
                .withCrls(crls)
                .sign(
                        once,
                        PadesParameters.level(BaselineLevel.B_LT)
                                .withVisibleSignature(VisibleSignature.onPage(1, 40, 40, 200, 50)));

        ValidationReport report = validator.validatePdf(twice);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures())
                .allSatisfy(s ->
                        assertThat(s.indication()).as(s.details().toString()).isEqualTo(Indication.TOTAL_PASSED));
        Files.write(dir.resolve("twice.pdf"), twice);
        assertThat(ExternalTool.run(dir, "qpdf", "--check", "twice.pdf").output())
                .contains("No syntax or stream encoding errors");
    }

    @Test
    void sizesTheContentsFromTheChainForEcAndRsaKeys() throws Exception {
        TownPki rsa = new TownPki(fr.eadmin.identity.pki.KeyAlgorithm.RSA_3072);
        for (TownPki town : List.of(pki, rsa)) {
            for (BaselineLevel level : List.of(BaselineLevel.B_B, BaselineLevel.B_T)) {
                byte[] signed = PadesSigner.create(town.seal, town.clock)
                        .withTimestamper(town.timestamper())
                        .sign(pdf, PadesParameters.level(level));
                try (PDDocument document = Loader.loadPDF(signed)) {
                    PDSignature signature = document.getLastSignatureDictionary();
                    int[] range = signature.getByteRange();
                    int room = (range[2] - range[1] - 2) / 2;
                    int used = fr.eadmin.identity.internal.Cms.firstObject(signature.getContents(signed)).length;
                    assertThat(used).isLessThanOrEqualTo(room);
                    assertThat(room - used).as(level + " slack").isLessThan(level == BaselineLevel.B_B ? 1024 : 4096);
                }
                assertThat(SignatureValidator.create(List.of(town.root.certificate()), town.clock)
                                .withCrls(town.crls())
                                .validatePdf(signed)
                                .passed())
                        .isTrue();
            }
        }
    }

    @Test
    void signsWithTheProviderOfTheCredential() {
        java.security.Provider sunEc = java.security.Security.getProvider("SunEC");
        byte[] signed = PadesSigner.create(pki.seal.withProvider(sunEc), pki.clock)
                .sign(pdf, PadesParameters.level(BaselineLevel.B_B));

        assertThat(validator.withCrls(crls).validatePdf(signed).passed()).isTrue();
    }
}
