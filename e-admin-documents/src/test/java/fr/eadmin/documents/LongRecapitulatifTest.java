package fr.eadmin.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A récapitulatif of more than a hundred pages is laid out page by page and stays valid. */
class LongRecapitulatifTest {

    @Test
    void aRecapitulatifOfMoreThan120PagesIsValidWithItsTableHeaderOnEveryPage() throws Exception {
        Recapitulatif base = Samples.recapitulatif(650, 400);
        List<Recapitulatif.Section> sections = new ArrayList<>(base.sections());
        String essay = "Observations libres de la famille, ligne numéro ";
        StringBuilder longAnswer = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            longAnswer.append(essay).append(i).append(".\n");
        }
        sections.add(Recapitulatif.Section.of(
                "Observations", List.of(new Recapitulatif.Answer("Commentaire", longAnswer.toString()))));
        Recapitulatif recap = new Recapitulatif(
                base.title(), base.reference(), base.depositedAt(), base.demandeur(), sections, base.pieces());

        RenderedDocument document =
                DocumentRenderer.create(Samples.town(), Samples.CLOCK).recapitulatif(recap);

        assertThat(document.pages()).isGreaterThanOrEqualTo(120);
        PdfChecks.valid(document.pdf());
        try (PDDocument doc = Loader.loadPDF(document.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(document.pages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.pages());
            stripper.setEndPage(document.pages());
            String lastPage = stripper.getText(doc);
            assertThat(lastPage)
                    .contains("Page " + document.pages() + " sur " + document.pages())
                    .contains("Fichier Type Taille Empreinte SHA-256")
                    .contains("justificatif-400.pdf");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Enfant 650", "ligne numéro 150.", "ligne numéro 1.");
        }
        assertThat(EmbeddedData.readTree(document.pdf()).path("pieces").size()).isEqualTo(400);
    }
}
