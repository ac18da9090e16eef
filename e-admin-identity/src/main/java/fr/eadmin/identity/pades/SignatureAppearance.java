package fr.eadmin.identity.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The appearance of a visible signature: a framed box with "Signé électroniquement par", the signer's name,
 * the date and time in Europe/Paris and the reason, in Helvetica. PDFBox takes it as a one-page template
 * document whose signature widget it copies into the signed document.
 */
final class SignatureAppearance {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final float MARGIN = 4;

    private SignatureAppearance() {}

    static InputStream template(
            PDDocument source, VisibleSignature box, String signer, Instant time, PadesParameters parameters)
            throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(source.getPage(box.page() - 1).getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDRectangle rectangle = new PDRectangle(box.x(), box.y(), box.width(), box.height());
            widget.setRectangle(rectangle);
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);

            PDFormXObject appearance = new PDFormXObject(new PDStream(template));
            appearance.setResources(new PDResources());
            appearance.setFormType(1);
            appearance.setBBox(new PDRectangle(box.width(), box.height()));
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(appearance.getCOSObject());
            dictionary.setNormalAppearance(stream);
            widget.setAppearance(dictionary);

            List<String> lines = new ArrayList<>();
            lines.add("Signé électroniquement par");
            lines.add(signer);
            lines.add("le " + TIME.format(time));
            if (parameters.reason() != null) {
                lines.add(parameters.reason());
            }
            float size = Math.min(10, (box.height() - 2 * MARGIN) / (lines.size() * 1.2f));
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.setLineWidth(0.8f);
                content.addRect(0.4f, 0.4f, box.width() - 0.8f, box.height() - 0.8f);
                content.stroke();
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, box.height() - MARGIN - size);
                for (String line : lines) {
                    content.showText(fit(printable(font, line), font, size, box.width() - 2 * MARGIN));
                    content.newLineAtOffset(0, -size * 1.2f);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The text with every character the font cannot encode replaced by a question mark. */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        String fitted = text;
        while (fitted.length() > 1 && font.getStringWidth(fitted) / 1000 * size > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }
}
