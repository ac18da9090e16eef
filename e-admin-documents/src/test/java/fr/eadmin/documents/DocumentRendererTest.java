package fr.eadmin.documents;

import static fr.eadmin.core.format.FrenchFormats.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.teleservice.SilenceRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentRendererTest {
    private static final DocumentRenderer RENDERER = DocumentRenderer.create(Samples.town(), Samples.CLOCK);

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("accuse-reception-sva", RENDERER.accuseReception(Samples.accuse(SilenceRule.ACCEPTATION))),
                Arguments.of("accuse-reception-svr", RENDERER.accuseReception(Samples.accuse(SilenceRule.REJET))),
                Arguments.of("accuse-reception-none", RENDERER.accuseReception(Samples.accuse(SilenceRule.NONE))),
                Arguments.of(
                        "accuse-reception-sva-incomplete",
                        RENDERER.accuseReception(Samples.accuse(
                                SilenceRule.ACCEPTATION, fr.eadmin.core.dossier.PieceType.JUSTIFICATIF_DOMICILE))),
                Arguments.of("recapitulatif", RENDERER.recapitulatif(Samples.recapitulatif(2, 3))),
                Arguments.of(
                        "attestation-acceptation",
                        RENDERER.attestation(Samples.attestation(Attestation.Decision.ACCEPTATION))),
                Arguments.of(
                        "attestation-rejet", RENDERER.attestation(Samples.attestation(Attestation.Decision.REJET))),
                Arguments.of(
                        "attestation-implicite",
                        RENDERER.attestation(Samples.attestation(Attestation.Decision.ACCEPTATION_IMPLICITE))),
                Arguments.of("facture", RENDERER.facture(Samples.facture())),
                Arguments.of("quittance", RENDERER.quittance(Samples.quittance())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void passesQpdfVeraPdfA3bAndUa1(String name, RenderedDocument document) throws Exception {
        if (Boolean.getBoolean("eadmin.documents.dump")) {
            Files.createDirectories(Path.of("target/documents"));
            Files.write(Path.of("target/documents", name + ".pdf"), document.pdf());
        }
        PdfChecks.valid(document.pdf());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void embedsItsFactsAsTheGoldenCanonicalJson(String name, RenderedDocument document) throws IOException {
        byte[] embedded = EmbeddedData.read(document.pdf());
        assertThat(embedded).isEqualTo(document.data());
        assertThat(EmbeddedData.kind(document.pdf())).isEqualTo(document.kind());
        Path golden = Path.of("src/test/resources/golden", name + ".json");
        if (Boolean.getBoolean("eadmin.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, embedded);
        }
        assertThat(new String(embedded, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void declaresPdfA3bTaggingLanguageAndTheDataFile(String name, RenderedDocument document) throws IOException {
        try (PDDocument doc = Loader.loadPDF(document.pdf())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("fr-FR");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getOutputIntents()).hasSize(1);
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains(
                            "<pdfaid:part>3</pdfaid:part>",
                            "<pdfaid:conformance>B</pdfaid:conformance>",
                            "<pdfuaid:part>1</pdfuaid:part>");
            COSArray af = (COSArray) catalog.getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            COSDictionary spec = (COSDictionary) af.getObject(0);
            assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship")))
                    .isEqualTo("Data");
            COSDictionary ef = spec.getCOSDictionary(COSName.EF);
            COSDictionary file = (COSDictionary) ef.getDictionaryObject(COSName.UF);
            assertThat(file.getNameAsString(COSName.SUBTYPE)).isEqualTo("application/json");
            COSDictionary params = file.getCOSDictionary(COSName.PARAMS);
            assertThat(params.getInt(COSName.SIZE)).isEqualTo(document.data().length);
            assertThat(params.getDictionaryObject(COSName.MOD_DATE)).isNotNull();
            assertThat(params.getDictionaryObject(COSName.getPDFName("CheckSum")))
                    .isNotNull();
            assertThat(catalog.getNames().getEmbeddedFiles().getNames()).containsKey("donnees.json");
        }
    }

    @Test
    void printsEveryLineOfAnInvoiceWithFrenchAmounts() throws IOException {
        Facture facture = Samples.facture();
        String text = PdfChecks.text(RENDERER.facture(facture).pdf());

        assertThat(text).contains("Facture n° F-2026-000042", "FOYER-2026-0815", "31 mars 2026");
        for (Facture.Line line : facture.lines()) {
            assertThat(text).contains(line.label(), euros(line.unitPriceCents()), euros(line.amountCents()));
        }
        assertThat(text).contains("Total à payer", euros(facture.totalCents()), "1\u202F100,50\u00A0€");
        assertThat(text).contains("PayFiP");
    }

    @Test
    void printsEveryLineOfAReceiptWithFrenchAmounts() throws IOException {
        Quittance quittance = Samples.quittance();
        String text = PdfChecks.text(RENDERER.quittance(quittance).pdf());

        assertThat(text).contains("Quittance n° Q-2026-000317", "Régie enfance", "Claire Martin", "Carte bancaire");
        assertThat(text).contains("lundi 2 mars 2026 à 9\u00A0h\u00A030", "F-2026-000042");
        for (Quittance.Line line : quittance.lines()) {
            assertThat(text).contains(line.label(), euros(line.amountCents()));
        }
        assertThat(text).contains("Total reçu", "1\u202F100,50\u00A0€");
    }

    @Test
    void printsTheLetterheadAndPageNumbersOnEveryPage() throws IOException {
        String text = PdfChecks.text(RENDERER.quittance(Samples.quittance()).pdf());

        assertThat(text).contains("Mairie de Maurepas", "78310 Maurepas", "Page 1 sur 1", "Réf. Q-2026-000317");
    }

    @Test
    void reusesOneRendererAcrossThreads() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<RenderedDocument>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> RENDERER.quittance(Samples.quittance())));
            }
            byte[] expectedData = RENDERER.quittance(Samples.quittance()).data();
            for (java.util.concurrent.Future<RenderedDocument> future : futures) {
                RenderedDocument document = future.get();
                assertThat(document.data()).isEqualTo(expectedData);
                assertThat(PdfChecks.text(document.pdf())).contains("Total reçu", "1\u202F100,50\u00A0€");
            }
            PdfChecks.valid(futures.get(futures.size() - 1).get().pdf());
        } finally {
            pool.shutdownNow();
        }
    }
}
