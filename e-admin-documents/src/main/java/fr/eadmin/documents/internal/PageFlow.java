package fr.eadmin.documents.internal;

import fr.eadmin.documents.UnsupportedCharacterException;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * A flow-layout engine over PDFBox: content is poured in (headings, paragraphs, key/value blocks, tables, a
 * seal) and pages are emitted as it flows, each with the town's letterhead; a table's header row is repeated on
 * every page it spans. Only the current page is open: a finished page's content stream is closed and never
 * touched again, except to add its footer ("Page n sur N", which needs N) when the flow ends.
 *
 * <p>Every text is set in the embedded fonts with their real metrics, tagged for accessibility (H1 to H3, P,
 * Table/TR/TH/TD, Figure) with decoration (letterhead, rules, backgrounds, footers, repeated headers) marked as
 * artifacts.
 */
public final class PageFlow {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final float CONTENT_TOP = PAGE.getHeight() - 132;
    static final float BOTTOM = 64;
    static final float BODY = 9.5f;
    static final float LEADING = 13;
    private static final float PAD = 4;
    private static final float[] TEXT = {0.1f, 0.1f, 0.1f};
    private static final float[] GREY = {0.38f, 0.38f, 0.38f};
    private static final float[] RULE = {0.7f, 0.7f, 0.7f};
    private static final float[] BLACK = {0, 0, 0};

    private static final String FONT = "F1";
    private static final String LOGO = "Im1";

    private final PDDocument doc;
    private final SharedFont fonts;
    private final COSDictionary font;
    private final Letterhead letterhead;
    private final String reference;
    private final Tagging tags;
    private final float[] tint;
    private @Nullable PDImageXObject logo;
    private @Nullable ContentBuffer cs;
    private @Nullable PDPage page;
    private float y;
    private @Nullable TableState table;

    /** The table being laid out, so that its header is repeated on a new page. */
    private record TableState(List<Column> columns, List<String> header, boolean grid) {}

    /**
     * A column of a table.
     *
     * @param header the header text (empty for a table without header row)
     * @param weight the share of the width, relative to the other columns
     * @param right whether the column is aligned right (amounts)
     */
    public record Column(String header, float weight, boolean right) {
        /**
         * A left-aligned column.
         *
         * @param header the header
         * @param weight the share of the width
         * @return the column
         */
        public static Column left(String header, float weight) {
            return new Column(header, weight, false);
        }

        /**
         * A right-aligned column.
         *
         * @param header the header
         * @param weight the share of the width
         * @return the column
         */
        public static Column right(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /**
     * Starts a flow on a new document; no page is created until content arrives.
     *
     * @param doc the document
     * @param fonts the font, shared by every document
     * @param letterhead the page header
     * @param reference the document reference printed in every footer
     * @throws IOException if the fonts cannot be loaded into the document
     */
    public PageFlow(PDDocument doc, SharedFont fonts, Letterhead letterhead, String reference) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.font = fonts.addTo(doc);
        this.letterhead = letterhead;
        this.reference = check(reference);
        this.tags = new Tagging(doc);
        float[] a = letterhead.accent();
        this.tint = new float[] {0.88f + 0.12f * a[0], 0.88f + 0.12f * a[1], 0.88f + 0.12f * a[2]};
        check(letterhead.name());
        letterhead.lines().forEach(this::check);
    }

    /**
     * A measure of text in one of the flow's fonts.
     *
     * @param boldFace whether the bold font is meant
     * @param size the font size
     * @return the measure
     */
    public TextMeasure measure(boolean boldFace, float size) {
        return text -> fonts.width(text) * size / 1000f;
    }

    /**
     * Normalises a text (NFC, tabs as spaces, line breaks as {@code \n}) and checks the fonts can show it.
     *
     * @param text the text
     * @return the text to draw
     * @throws UnsupportedCharacterException for a character the fonts cannot show
     */
    public String check(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ');
        normal.codePoints().forEach(cp -> {
            if (cp != '\n' && (Character.isISOControl(cp) || !fonts.canShow(cp))) {
                throw new UnsupportedCharacterException(cp);
            }
        });
        return normal;
    }

    /**
     * A heading.
     *
     * @param level 1 to 3
     * @param text the heading
     * @throws IOException if PDFBox fails to write
     */
    public void heading(int level, String text) throws IOException {
        float size = level == 1 ? 15 : level == 2 ? 12 : 10.5f;
        float leading = size * 1.3f;
        List<String> lines = LineBreaker.wrap(check(text), WIDTH, measure(true, size));
        float before = level == 1 ? 4 : 10;
        float need = before + lines.size() * leading + 2 * LEADING;
        if (cs == null || y - need < BOTTOM) {
            newPage();
        } else {
            y -= before;
        }
        PDStructureElement element = tags.element("H" + level, tags.document());
        for (String line : lines) {
            y -= leading;
            drawTagged(element, line, true, size, MARGIN, level == 1 ? letterhead.accent() : TEXT);
        }
        if (level == 1) {
            rule(y - 5, letterhead.accent(), 0.8f);
            y -= 8;
        }
        y -= 3;
    }

    /**
     * A paragraph in the body font, broken across pages when needed.
     *
     * @param text the text; {@code \n} starts a new line
     * @throws IOException if PDFBox fails to write
     */
    public void paragraph(String text) throws IOException {
        paragraph(text, false, BODY);
    }

    /**
     * A paragraph in small grey print (legal mentions).
     *
     * @param text the text
     * @throws IOException if PDFBox fails to write
     */
    public void note(String text) throws IOException {
        paragraph(text, false, 8);
    }

    /**
     * A paragraph in bold.
     *
     * @param text the text
     * @throws IOException if PDFBox fails to write
     */
    public void strong(String text) throws IOException {
        paragraph(text, true, BODY);
    }

    private void paragraph(String text, boolean boldFace, float size) throws IOException {
        float leading = size * 1.4f;
        List<String> lines = LineBreaker.wrap(check(text), WIDTH, measure(boldFace, size));
        ensurePage();
        PDStructureElement element = tags.element("P", tags.document());
        for (String line : lines) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            drawTagged(element, line, boldFace, size, MARGIN, size < BODY ? GREY : TEXT);
        }
        y -= size * 0.6f;
    }

    /**
     * Vertical space.
     *
     * @param points the height
     */
    public void space(float points) {
        y -= points;
    }

    /**
     * Label/value pairs, as a two-column table without borders whose labels are row headers.
     *
     * @param pairs the pairs, each {@code {label, value}}
     * @throws IOException if PDFBox fails to write
     */
    public void keyValues(List<String[]> pairs) throws IOException {
        List<List<String>> rows = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            rows.add(List.of(pair[0], pair[1]));
        }
        table(List.of(Column.left("", 0.34f), Column.left("", 0.66f)), rows, false);
    }

    /**
     * A table; its header row (when a column has a header) is repeated at the top of every page it spans, and a
     * row taller than a page is cut between lines.
     *
     * @param columns the columns
     * @param rows the rows, each with one text per column, read one at a time
     * @param grid whether cells have borders (a data table) or not (a key/value block, whose first column is
     *     a row header)
     * @throws IOException if PDFBox fails to write
     */
    public void table(List<Column> columns, Iterable<List<String>> rows, boolean grid) throws IOException {
        table(columns, rows, grid, false);
    }

    /**
     * A table whose last row may be a total, printed in bold.
     *
     * @param columns the columns
     * @param rows the rows, each with one text per column, read one at a time
     * @param grid whether cells have borders
     * @param totalLast whether the last row is a total
     * @throws IOException if PDFBox fails to write
     */
    public void table(List<Column> columns, Iterable<List<String>> rows, boolean grid, boolean totalLast)
            throws IOException {
        ensurePage();
        List<String> header = columns.stream().map(c -> check(c.header())).toList();
        boolean hasHeader = header.stream().anyMatch(h -> !h.isEmpty());
        PDStructureElement element = tags.element("Table", tags.document());
        if (hasHeader) {
            if (y - 3 * LEADING - 4 * PAD < BOTTOM) {
                newPage();
            }
            row(element, columns, header, true, false, grid, false);
            table = new TableState(columns, header, grid);
        }
        java.util.Iterator<List<String>> it = rows.iterator();
        while (it.hasNext()) {
            List<String> cells = it.next();
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row has " + cells.size() + " cells for " + columns.size() + " columns");
            }
            boolean strong = totalLast && !it.hasNext();
            row(element, columns, cells.stream().map(this::check).toList(), false, strong, grid, false);
        }
        table = null;
        y -= grid ? 8 : 4;
    }

    private void row(
            @Nullable PDStructureElement table,
            List<Column> columns,
            List<String> cells,
            boolean header,
            boolean strong,
            boolean grid,
            boolean artifact)
            throws IOException {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        int n = columns.size();
        float[] widths = new float[n];
        List<List<String>> lines = new ArrayList<>(n);
        int height = 1;
        for (int i = 0; i < n; i++) {
            widths[i] = WIDTH * columns.get(i).weight() / total;
            boolean boldFace = header || strong;
            List<String> cellLines = LineBreaker.wrap(cells.get(i), widths[i] - 2 * PAD, measure(boldFace, BODY));
            lines.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        float rowHeight = height * LEADING + 2 * PAD;
        float fresh = CONTENT_TOP - BOTTOM - (this.table != null && !header ? LEADING * 2 + 2 * PAD : 0);
        if (y - rowHeight < BOTTOM && (rowHeight <= fresh || y - 2 * PAD - LEADING < BOTTOM)) {
            newPage();
        }
        PDStructureElement tr = artifact || table == null ? null : tags.element("TR", table);
        List<@Nullable PDStructureElement> cellElements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String type = header || (!grid && i == 0) ? "TH" : "TD";
            PDStructureElement cell = tr == null ? null : tags.element(type, tr);
            if (cell != null && type.equals("TH")) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                cell.addAttribute(scope);
            }
            cellElements.add(cell);
        }
        int done = 0;
        while (done < height) {
            int fit = (int) ((y - BOTTOM - 2 * PAD) / LEADING);
            if (fit <= 0) {
                newPage();
                continue;
            }
            int take = Math.min(fit, height - done);
            float sliceHeight = take * LEADING + 2 * PAD;
            ContentBuffer out = Objects.requireNonNull(cs);
            out.beginArtifact();
            if (header) {
                out.fillColour(tint);
                out.rect(MARGIN, y - sliceHeight, WIDTH, sliceHeight);
                out.op("f");
            }
            if (grid) {
                out.strokeColour(RULE);
                out.lineWidth(0.5f);
                float x = MARGIN;
                for (int i = 0; i < n; i++) {
                    out.rect(x, y - sliceHeight, widths[i], sliceHeight);
                    x += widths[i];
                }
                out.op("S");
            }
            out.endMarked();
            float x = MARGIN;
            for (int i = 0; i < n; i++) {
                List<String> cellLines = lines.get(i);
                boolean font = header || strong;
                float[] colour = !grid && i == 0 ? GREY : TEXT;
                for (int l = done; l < Math.min(done + take, cellLines.size()); l++) {
                    String line = cellLines.get(l);
                    if (line.isEmpty()) {
                        continue;
                    }
                    float baseline = y - PAD - (l - done + 1) * LEADING + 3;
                    float tx = columns.get(i).right()
                            ? x + widths[i] - PAD - measure(font, BODY).width(line)
                            : x + PAD;
                    PDStructureElement cell = cellElements.get(i);
                    if (cell == null) {
                        drawArtifact(line, font, BODY, tx, baseline, colour);
                    } else {
                        drawTaggedAt(cell, line, font, BODY, tx, baseline, colour);
                    }
                }
                x += widths[i];
            }
            y -= sliceHeight;
            done += take;
            if (done < height) {
                newPage();
            }
        }
    }

    /**
     * The verifiable seal: a QR code drawn as vector modules, tagged as a figure with its alternate text, and the
     * verification reference next to it.
     *
     * @param symbol the QR code
     * @param sealReference the short verification reference
     * @throws IOException if PDFBox fails to write
     */
    public void seal(QrSymbol symbol, String sealReference) throws IOException {
        float side = 96;
        String ref = check(sealReference);
        ensurePage();
        if (y - side - 12 < BOTTOM) {
            newPage();
        }
        y -= 8;
        float top = y;
        float module = side / (symbol.size() + 8);
        float x0 = MARGIN + 4 * module;
        float y0 = top - 4 * module;
        PDStructureElement figure = tags.element("Figure", tags.document());
        figure.setAlternateDescription("Code de vérification du document, référence " + ref);
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginMarked("Figure", tags.mark(figure));
        out.fillColour(BLACK);
        for (int row = 0; row < symbol.size(); row++) {
            int col = 0;
            while (col < symbol.size()) {
                if (!symbol.isDark(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < symbol.size() && symbol.isDark(col, row)) {
                    col++;
                }
                out.rect(x0 + start * module, y0 - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.op("f");
        out.endMarked();
        float textX = MARGIN + side + 12;
        float width = WIDTH - side - 12;
        PDStructureElement p = tags.element("P", tags.document());
        float baseline = top - 4 * module - BODY;
        for (String line : LineBreaker.wrap("Vérifiez ce document : référence " + ref, width, measure(true, BODY))) {
            drawTaggedAt(p, line, true, BODY, textX, baseline, TEXT);
            baseline -= LEADING;
        }
        PDStructureElement explanation = tags.element("P", tags.document());
        String text = "Ce code contient les informations essentielles du document, signées par l'émetteur. Scannez-le"
                + " avec une application de vérification, ou saisissez la référence ci-dessus sur le site de"
                + " l'émetteur, pour vérifier que le document n'a pas été modifié.";
        for (String line : LineBreaker.wrap(text, width, measure(false, 8))) {
            drawTaggedAt(explanation, line, false, 8, textX, baseline, GREY);
            baseline -= 11;
        }
        y = Math.min(top - side, baseline) - 6;
    }

    /**
     * Ends the flow: closes the last page and adds every page's footer.
     *
     * @return the number of pages
     * @throws IOException if PDFBox fails to write
     */
    public int finish() throws IOException {
        ensurePage();
        int count = doc.getNumberOfPages();
        footer(count - 1, count);
        closePage();
        for (int i = 0; i < count - 1; i++) {
            PDPage earlier = doc.getPage(i);
            ContentBuffer out = new ContentBuffer();
            cs = out;
            footer(i, count);
            COSArray contents = new COSArray();
            contents.add(earlier.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(out.toStream(doc));
            earlier.getCOSObject().setItem(COSName.CONTENTS, contents);
        }
        cs = null;
        return count;
    }

    /** The footer of a page: written into the last page's own stream, appended to the earlier ones. */
    private void footer(int index, int count) throws IOException {
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginArtifact();
        out.strokeColour(RULE);
        out.lineWidth(0.5f);
        out.hline(MARGIN, MARGIN + WIDTH, 50);
        String right = "Page " + (index + 1) + " sur " + count;
        float rightWidth = measure(false, 8).width(right);
        List<String> left = LineBreaker.wrap("Réf. " + reference, WIDTH - rightWidth - 12, measure(false, 8));
        text(false, 8, MARGIN, 38, left.get(0), GREY);
        text(false, 8, MARGIN + WIDTH - rightWidth, 38, right, GREY);
        out.endMarked();
    }

    private void ensurePage() throws IOException {
        if (cs == null) {
            newPage();
        }
    }

    private void closePage() throws IOException {
        if (cs != null) {
            Objects.requireNonNull(page).getCOSObject().setItem(COSName.CONTENTS, cs.toStream(doc));
            cs = null;
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage next = new PDPage(PAGE);
        COSDictionary fontResources = new COSDictionary();
        fontResources.setItem(FONT, font);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fontResources);
        if (letterhead.logo() != null) {
            COSDictionary images = new COSDictionary();
            images.setItem(LOGO, logoImage());
            resources.setItem(COSName.XOBJECT, images);
        }
        next.getCOSObject().setItem(COSName.RESOURCES, resources);
        doc.addPage(next);
        tags.startPage(next);
        page = next;
        cs = new ContentBuffer();
        drawLetterhead();
        y = CONTENT_TOP;
        TableState current = table;
        if (current != null) {
            row(null, current.columns(), current.header(), true, false, current.grid(), true);
        }
    }

    private void drawLetterhead() throws IOException {
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginArtifact();
        float top = PAGE.getHeight() - 40;
        float x = MARGIN;
        if (letterhead.logo() != null) {
            PDImageXObject image = logoImage();
            float scale = Math.min(60f / image.getWidth(), 60f / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            out.op("q").num(w).num(0).num(0).num(h).num(MARGIN).num(top - h).op("cm");
            out.name(LOGO).op("Do").op("Q");
            x += 72;
        }
        float baseline = top - 12;
        text(true, 13, x, baseline, letterhead.name(), letterhead.accent());
        baseline -= 15;
        for (String line : letterhead.lines()) {
            List<String> wrapped = LineBreaker.wrap(line, MARGIN + WIDTH - x, measure(false, 8.5f));
            text(false, 8.5f, x, baseline, wrapped.get(0), GREY);
            baseline -= 10.5f;
        }
        float ruleY = PAGE.getHeight() - 118;
        float[] accent = letterhead.accent();
        out.strokeColour(accent);
        out.lineWidth(1.2f);
        out.hline(MARGIN, MARGIN + WIDTH, ruleY);
        out.endMarked();
    }

    private PDImageXObject logoImage() throws IOException {
        if (logo == null) {
            byte[] jpeg = letterhead.jpeg();
            logo = jpeg != null
                    ? JPEGFactory.createFromByteArray(doc, jpeg)
                    : LosslessFactory.createFromImage(doc, Objects.requireNonNull(letterhead.logo()));
        }
        return logo;
    }

    private void rule(float at, float[] colour, float width) throws IOException {
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginArtifact();
        out.strokeColour(colour);
        out.lineWidth(width);
        out.hline(MARGIN, MARGIN + WIDTH, at);
        out.endMarked();
    }

    private void drawTagged(PDStructureElement element, String line, boolean font, float size, float x, float[] colour)
            throws IOException {
        drawTaggedAt(element, line, font, size, x, y, colour);
    }

    private void drawTaggedAt(
            PDStructureElement element, String line, boolean font, float size, float x, float baseline, float[] colour)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginMarked(element.getStructureType(), tags.mark(element));
        text(font, size, x, baseline, line, colour);
        out.endMarked();
    }

    private void drawArtifact(String line, boolean font, float size, float x, float baseline, float[] colour)
            throws IOException {
        ContentBuffer out = Objects.requireNonNull(cs);
        out.beginArtifact();
        text(font, size, x, baseline, line, colour);
        out.endMarked();
    }

    /**
     * Draws one line. Bold is the regular font filled and stroked with a thin outline of the same colour: one
     * font program per document, half the embedding work of a second font, and the same advance widths.
     */
    private void text(boolean boldFace, float size, float x, float baseline, String line, float[] colour)
            throws IOException {
        ContentBuffer out = Objects.requireNonNull(cs);
        out.fillColour(colour);
        if (boldFace) {
            out.strokeColour(colour);
            out.lineWidth(size * 0.05f);
        }
        out.op("BT").name(FONT).num(size).op("Tf");
        out.num(boldFace ? 2 : 0).op("Tr");
        out.num(x).num(baseline).op("Td");
        out.glyphs(line, fonts).op("Tj");
        out.op("ET");
    }
}
