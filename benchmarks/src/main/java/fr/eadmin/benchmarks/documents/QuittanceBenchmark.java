package fr.eadmin.benchmarks.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.TownIdentity;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One quittance, three ways, in one run: e-admin's renderer (PDF/A-3b, tagged, embedded JSON, built once), the
 * same receipt from an HTML template by openhtmltopdf in its PDF/A-3b mode with the same font file and a shared
 * font-metrics cache, and the floor: bare PDFBox drawing the same lines of text in the same font (parsed once,
 * subset per document) on one page, saved to a byte array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuittanceBenchmark {
    private static final String FONT = "/fr/eadmin/documents/internal/fonts/DejaVuSans.ttf";

    private DocumentRenderer renderer;
    private Quittance quittance;
    private byte[] regular;
    private byte[] icc;
    private TrueTypeFont floorFont;
    private List<String> lines;
    private FSCacheEx<String, FSCacheValue> metrics;

    /** Builds everything that is built once per application. */
    @Setup
    public void setUp() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), FrenchFormats.PARIS);
        renderer = DocumentRenderer.create(
                TownIdentity.of(
                        "Mairie de Maurepas",
                        List.of("2 place d'Haversham", "78310 Maurepas"),
                        "01 30 66 44 00 · contact@mairie-maurepas.example"),
                clock);
        quittance = new Quittance(
                "Régie enfance",
                "Q-2026-000317",
                Instant.parse("2026-03-02T08:30:00Z"),
                "Claire Martin",
                List.of(
                        new Quittance.Line("Restauration scolaire, février 2026", 5_390),
                        new Quittance.Line("Accueil périscolaire du soir, février 2026", 2_160),
                        new Quittance.Line("Séjour de printemps, acompte", 102_500)),
                Quittance.MeansOfPayment.CARTE_BANCAIRE,
                "F-2026-000042");
        XRLog.setLoggingEnabled(false);
        regular = resource(FONT);
        icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        floorFont = new TTFParser().parse(new RandomAccessReadBuffer(regular));
        try (PDDocument doc = Loader.loadPDF(renderer.quittance(quittance).pdf())) {
            lines = List.of(new PDFTextStripper().getText(doc).split("\\R"));
        }
        Map<String, FSCacheValue> map = new ConcurrentHashMap<>();
        metrics = new FSCacheEx<>() {
            @Override
            public void put(String key, FSCacheValue value) {
                map.put(key, value);
            }

            @Override
            public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
                return map.computeIfAbsent(key, k -> {
                    try {
                        return loader.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }

            @Override
            public FSCacheValue get(String key) {
                return map.get(key);
            }
        };
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = QuittanceBenchmark.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    /**
     * e-admin: the quittance as PDF/A-3b, tagged, with letterhead, footer and embedded data.
     *
     * @return the PDF
     */
    @Benchmark
    public byte[] eadmin() {
        return renderer.quittance(quittance).pdf();
    }

    /**
     * openhtmltopdf: the same receipt from an HTML template, PDF/A-3b mode.
     *
     * @return the PDF
     * @throws IOException never in practice
     */
    @Benchmark
    public byte[] openhtmltopdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.useFont(
                () -> new ByteArrayInputStream(regular),
                "DejaVu Sans",
                400,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
        builder.useColorProfile(icc);
        builder.withHtmlContent(html(quittance), null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /**
     * The floor: bare PDFBox drawing the same lines in the same font on one page.
     *
     * @return the PDF
     * @throws IOException never in practice
     */
    @Benchmark
    public byte[] pdfboxFloor() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, floorFont, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 9.5f);
                cs.setLeading(13);
                cs.newLineAtOffset(50, 800);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String html(Quittance q) {
        StringBuilder rows = new StringBuilder();
        for (Quittance.Line line : q.lines()) {
            rows.append("<tr><td>")
                    .append(escape(line.label()))
                    .append("</td><td class=\"amount\">")
                    .append(FrenchFormats.euros(line.amountCents()))
                    .append("</td></tr>");
        }
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>Quittance " + escape(q.number())
                + "</title><style>@page { size: A4; margin: 50pt; @bottom-right { content: 'Page ' counter(page)"
                + " ' sur ' counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } } body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }"
                + " h1 { font-size: 15pt; color: #1f3a68; } table { border-collapse: collapse; width: 100%; }"
                + " td, th { border: 0.5pt solid #b3b3b3; padding: 4pt; } .amount { text-align: right; }"
                + " .head td { border: none; }</style></head><body>"
                + "<div><b>Mairie de Maurepas</b><br/>2 place d'Haversham<br/>78310 Maurepas<br/>01 30 66 44 00 ·"
                + " contact@mairie-maurepas.example</div><hr/>"
                + "<h1>Quittance n° " + escape(q.number()) + "</h1><table class=\"head\">"
                + "<tr><td>Régie</td><td>" + escape(q.regie()) + "</td></tr>"
                + "<tr><td>Reçu de</td><td>" + escape(q.payer()) + "</td></tr>"
                + "<tr><td>Date du paiement</td><td>" + FrenchFormats.dateTime(q.paidAt()) + "</td></tr>"
                + "<tr><td>Moyen de paiement</td><td>" + q.means().label() + "</td></tr>"
                + "<tr><td>Facture réglée</td><td>" + escape(String.valueOf(q.invoiceNumber())) + "</td></tr></table>"
                + "<table><tr><th>Objet</th><th class=\"amount\">Montant</th></tr>" + rows
                + "<tr><td>Total reçu</td><td class=\"amount\">" + FrenchFormats.euros(q.totalCents())
                + "</td></tr></table><p><b>Le régisseur atteste avoir reçu la somme de "
                + FrenchFormats.euros(q.totalCents()) + ".</b></p><p style=\"font-size: 8pt\">Quittance délivrée par"
                + " la régie au titre du paiement ci-dessus. Elle vaut preuve du paiement : conservez-la.</p>"
                + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
