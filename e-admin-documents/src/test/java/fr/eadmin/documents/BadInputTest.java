package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a specific exception that says what is wrong, never a PDFBox stack trace. */
class BadInputTest {
    private static final DocumentRenderer RENDERER = DocumentRenderer.create(Samples.town(), Samples.CLOCK);

    @Test
    void aZeroLineInvoiceIsRefused() {
        Facture f = Samples.facture();
        assertThatThrownBy(() -> new Facture(
                        f.number(),
                        f.issuedOn(),
                        f.dueOn(),
                        f.payer(),
                        f.payerAddress(),
                        f.account(),
                        List.of(),
                        f.howToPay()))
                .isInstanceOf(EmptyInvoiceException.class)
                .hasMessageContaining("facture.lignes");
        Quittance q = Samples.quittance();
        assertThatThrownBy(
                        () -> new Quittance(q.regie(), q.number(), q.paidAt(), q.payer(), List.of(), q.means(), null))
                .isInstanceOf(EmptyInvoiceException.class)
                .hasMessageContaining("quittance.lignes");
    }

    @Test
    void negativeAmountsAndQuantitiesAreRefused() {
        assertThatThrownBy(() -> new Facture.Line("Cantine", 3, -385))
                .isInstanceOfSatisfying(NegativeAmountException.class, e -> assertThat(e.field())
                        .isEqualTo("lines.unitPriceCents"));
        assertThatThrownBy(() -> new Facture.Line("Cantine", -3, 385))
                .isInstanceOfSatisfying(NegativeAmountException.class, e -> assertThat(e.field())
                        .isEqualTo("lines.quantity"));
        assertThatThrownBy(() -> new Quittance.Line("Cantine", -1)).isInstanceOf(NegativeAmountException.class);
        assertThatThrownBy(() -> new Quittance.Line("Cantine", 0))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.document())
                        .isEqualTo("quittance"));
        assertThatThrownBy(() -> new Facture.Line("Cantine", 0, 385))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("lines.quantity");
        assertThatThrownBy(() -> new Recapitulatif.Piece("a.pdf", "RIB", -1, "ab".repeat(32)))
                .isInstanceOf(NegativeAmountException.class);
    }

    @Test
    void amountsThatOverflowAreRefused() {
        assertThatThrownBy(() -> new Facture.Line("Cantine", Long.MAX_VALUE, 2))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("out of range");
        Quittance q = Samples.quittance();
        List<Quittance.Line> huge =
                List.of(new Quittance.Line("a", Long.MAX_VALUE), new Quittance.Line("b", Long.MAX_VALUE));
        assertThatThrownBy(() -> new Quittance(q.regie(), q.number(), q.paidAt(), q.payer(), huge, q.means(), null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("total is out of range");
    }

    @Test
    void missingRequiredFactsAreRefusedByName() {
        Facture f = Samples.facture();
        assertThatThrownBy(() -> new Facture(
                        f.number(),
                        f.issuedOn(),
                        f.dueOn(),
                        "  ",
                        f.payerAddress(),
                        f.account(),
                        f.lines(),
                        f.howToPay()))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field())
                        .isEqualTo("payer"));
        assertThatThrownBy(() -> new Facture(
                        f.number(),
                        f.issuedOn(),
                        f.issuedOn().minusDays(1),
                        f.payer(),
                        f.payerAddress(),
                        f.account(),
                        f.lines(),
                        f.howToPay()))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field())
                        .isEqualTo("dueOn"));
        assertThatThrownBy(() -> new Attestation(
                        "ATT-1",
                        Attestation.Decision.REJET,
                        "2026-000123",
                        "Permis",
                        "Claire Martin",
                        LocalDate.of(2026, 5, 2),
                        "Rejetée.",
                        null,
                        "Recours devant le tribunal administratif.",
                        "Le maire"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field())
                        .isEqualTo("reasons"));
        assertThatThrownBy(() -> new Recapitulatif("", "2026-000123", Instant.EPOCH, "Claire", List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field())
                        .isEqualTo("title"));
        assertThatThrownBy(() -> new Recapitulatif.Piece("a.pdf", "RIB", 1, "not a digest"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> TownIdentity.of("Mairie", List.of(), ""))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.field())
                        .isEqualTo("addressLines"));
    }

    @Test
    void aCorruptOrForeignLogoIsRefusedWhenCreated() throws IOException {
        byte[] png = png();
        byte[] truncated = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> Logo.of(truncated))
                .isInstanceOf(InvalidLogoException.class)
                .hasMessageContaining("corrupt");
        assertThatThrownBy(() -> Logo.of("GIF89a not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidLogoException.class)
                .hasMessageContaining("neither a PNG nor a JPEG");
        byte[] garbledJpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00, 0x11, 0x22, 0x33, 0x44};
        assertThatThrownBy(() -> Logo.of(garbledJpeg)).isInstanceOf(InvalidLogoException.class);
    }

    @Test
    void aValidLogoIsDrawnAndTheDocumentStaysValid() throws Exception {
        DocumentRenderer renderer = DocumentRenderer.create(Samples.town().withLogo(Logo.of(png())), Samples.CLOCK);

        PdfChecks.valid(renderer.quittance(Samples.quittance()).pdf());
    }

    @Test
    void aTransparentPngOrAJpegLogoKeepsTheDocumentValid() throws Exception {
        BufferedImage transparent = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                transparent.setRGB(x, y, (x + y) % 2 == 0 ? 0x80ed2939 : 0x00000000);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(transparent, "png", png);
        BufferedImage opaque = new BufferedImage(48, 24, BufferedImage.TYPE_INT_RGB);
        opaque.setRGB(10, 10, 0x002395);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(opaque, "jpeg", jpeg);

        for (byte[] file : new byte[][] {png.toByteArray(), jpeg.toByteArray()}) {
            Logo logo = Logo.of(file);
            RenderedDocument document = DocumentRenderer.create(Samples.town().withLogo(logo), Samples.CLOCK)
                    .facture(Samples.facture());
            PdfChecks.valid(document.pdf());
        }
        assertThat(Logo.of(jpeg.toByteArray()).isJpeg()).isTrue();
        assertThat(Logo.of(png.toByteArray()).width()).isEqualTo(32);
    }

    @Test
    void charactersTheFontCannotShowAreRefusedWithTheCodePoint() {
        Quittance q = Samples.quittance();
        Quittance withCjk = new Quittance(
                q.regie(), q.number(), q.paidAt(), "Claire 中 Martin", q.lines(), q.means(), q.invoiceNumber());
        assertThatThrownBy(() -> RENDERER.quittance(withCjk))
                .isInstanceOfSatisfying(UnsupportedCharacterException.class, e -> assertThat(e.codePoint())
                        .isEqualTo(0x4E2D))
                .hasMessageContaining("U+4E2D");
        Quittance withControl = new Quittance(
                q.regie(), q.number(), q.paidAt(), "Claire\u0007Martin", q.lines(), q.means(), q.invoiceNumber());
        assertThatThrownBy(() -> RENDERER.quittance(withControl)).isInstanceOf(UnsupportedCharacterException.class);
        assertThatThrownBy(() ->
                        DocumentRenderer.create(TownIdentity.of("Mairie 中", List.of("1 place"), ""), Samples.CLOCK))
                .isInstanceOf(UnsupportedCharacterException.class);
    }

    @Test
    void absurdlyLongWordsAreWrappedByCharacters() throws Exception {
        String word = "Anticonstitutionnellement".repeat(40);
        Quittance q = Samples.quittance();
        Quittance longWord = new Quittance(
                q.regie(), q.number(), q.paidAt(), word, List.of(new Quittance.Line(word, 100)), q.means(), null);

        RenderedDocument document = RENDERER.quittance(longWord);

        String text = PdfChecks.text(document.pdf()).replaceAll("\\s", "");
        assertThat(text).contains(word);
        PdfChecks.valid(document.pdf());
    }

    @Test
    void readingDataFromSomethingElseThanOurPdfSaysWhy() {
        assertThatThrownBy(() -> EmbeddedData.read("not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not a readable PDF");
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, x < 13 ? 0x002395 : x < 27 ? 0xffffff : 0xed2939);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
