package fr.eadmin.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Wrapping with the real metrics of the shipped font never overflows the column and never loses a character. */
class LineBreakerProperties {
    private static final float SIZE = 9.5f;
    private static PDDocument doc;
    private static TextMeasure measure;

    @BeforeContainer
    static void loadFont() throws IOException {
        doc = new PDDocument();
        PDType0Font font;
        try (java.io.InputStream program = SharedFont.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            font = PDType0Font.load(doc, java.util.Objects.requireNonNull(program), true);
        }
        measure = text -> {
            try {
                return font.getStringWidth(text) / 1000f * SIZE;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @AfterContainer
    static void close() throws IOException {
        doc.close();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzéèàçôœÉWMmw0123456789-'’,.;:!?€\u00A0\u202F")
                .ofMinLength(1)
                .ofMaxLength(80);
        Arbitrary<String> separators = Arbitraries.of(" ", " ", " ", "  ", "\n");
        return Arbitraries.lazy(() -> words)
                .list()
                .ofMaxSize(60)
                .flatMap(list -> separators.list().ofSize(list.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < list.size(); i++) {
                        text.append(list.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }

    @Property(tries = 300)
    void noLineIsWiderThanTheColumn(
            @ForAll("texts") String text, @ForAll @FloatRange(min = 20, max = 500) float width) {
        for (String line : LineBreaker.wrap(text, width, measure)) {
            assertThat(measure.width(line)).as("line %s", line).isLessThanOrEqualTo(width + 0.01f);
        }
    }

    @Property(tries = 300)
    void everyNonSpaceCharacterIsKeptInOrder(
            @ForAll("texts") String text, @ForAll @FloatRange(min = 20, max = 500) float width) {
        List<String> lines = LineBreaker.wrap(text, width, measure);
        assertThat(String.join("", lines).replace(" ", ""))
                .isEqualTo(text.replace(" ", "").replace("\n", ""));
    }

    @Example
    void breaksAtSpacesButNotAtNoBreakSpaces() {
        float width = measure.width("1\u202F234,50\u00A0€ xx");
        List<String> lines = LineBreaker.wrap("Total 1\u202F234,50\u00A0€", width, measure);
        assertThat(lines).containsExactly("Total", "1\u202F234,50\u00A0€");
    }
}
