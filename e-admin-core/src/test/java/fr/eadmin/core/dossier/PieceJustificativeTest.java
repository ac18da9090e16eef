package fr.eadmin.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Samples;
import fr.eadmin.core.demande.DemandeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PieceJustificativeTest {
    private static PieceJustificative facture(String fileName, String mediaType) {
        return PieceJustificative.supplied(
                Samples.CLOCK,
                PieceType.JUSTIFICATIF_DOMICILE,
                Samples.blob(1),
                fileName,
                mediaType,
                LocalDate.of(2026, 2, 1),
                null);
    }

    @Test
    void isSuppliedNowAndUsedByNobody() {
        PieceJustificative piece = facture("facture.pdf", "application/pdf");
        assertThat(piece.suppliedAt()).isEqualTo(Samples.NOW);
        assertThat(piece.usedBy()).isEmpty();
        assertThat(piece.size()).isEqualTo(Samples.blob(1).size());
        assertThat(piece.id().value().version()).isEqualTo(7);
    }

    @Test
    void isValidFromItsDateToTheEndOfItsRule() {
        PieceJustificative piece = facture("facture.pdf", "application/pdf");
        assertThat(piece.validUntil()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(piece.isValidOn(LocalDate.of(2026, 1, 31))).isFalse();
        assertThat(piece.isValidOn(LocalDate.of(2026, 2, 1))).isTrue();
        assertThat(piece.isValidOn(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(piece.isValidOn(LocalDate.of(2026, 5, 1))).isFalse();
    }

    @Test
    void staysValidUnderAPermanentRule() {
        PieceJustificative livret = Samples.piece(PieceType.LIVRET_DE_FAMILLE, LocalDate.of(2012, 7, 14), null);
        assertThat(livret.validUntil()).isNull();
        assertThat(livret.isValidOn(LocalDate.of(2090, 1, 1))).isTrue();
    }

    @Test
    void recordsTheDemandesThatUsedIt() {
        DemandeId first = DemandeId.random();
        DemandeId second = DemandeId.random();
        PieceJustificative piece = facture("facture.pdf", "application/pdf").withUsedBy(first);
        assertThat(piece.isUsedBy(first)).isTrue();
        assertThat(piece.isUsedBy(second)).isFalse();
        assertThat(piece.withUsedBy(first)).isSameAs(piece);
        assertThat(piece.withUsedBy(second).usedBy()).containsExactly(first, second);
        assertThatThrownBy(() -> piece.usedBy().add(second)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void normalisesTheFileNameAndMediaType() {
        PieceJustificative piece = facture("  Facture EDF février.PDF ", " Application/PDF ");
        assertThat(piece.fileName()).isEqualTo("Facture EDF février.PDF");
        assertThat(piece.mediaType()).isEqualTo("application/pdf");
        assertThat(facture("scan.heic", "image/heic").mediaType()).isEqualTo("image/heic");
        assertThat(facture("x.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                        .mediaType())
                .startsWith("application/vnd.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "..", ".", "../etc/passwd", "dossier/facture.pdf", "C:\\scan.pdf", "a\u0000b"})
    void rejectsFileNamesThatAreNotPlainNames(String fileName) {
        assertThatThrownBy(() -> facture(fileName, "application/pdf"))
                .isInstanceOf(InvalidDossierException.class)
                .extracting(e -> ((InvalidDossierException) e).field())
                .isEqualTo("piece.fileName");
    }

    @Test
    void rejectsAFileNameTooLong() {
        assertThat(facture("a".repeat(255), "application/pdf").fileName()).hasSize(255);
        assertThatThrownBy(() -> facture("a".repeat(256), "application/pdf"))
                .isInstanceOf(InvalidDossierException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pdf", "application/", "/pdf", "text/plain; charset=utf-8", "application/p df"})
    void rejectsWhatIsNotAMediaType(String mediaType) {
        assertThatThrownBy(() -> facture("f.pdf", mediaType))
                .isInstanceOf(InvalidDossierException.class)
                .extracting(e -> ((InvalidDossierException) e).field())
                .isEqualTo("piece.mediaType");
    }

    @Test
    void rejectsADocumentDatedAfterItsSupplyInParis() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC); // 15 March in Paris
        PieceJustificative sameDay = PieceJustificative.supplied(
                lateEvening,
                PieceType.RIB,
                Samples.blob(2),
                "rib.pdf",
                "application/pdf",
                LocalDate.of(2026, 3, 15),
                null);
        assertThat(sameDay.documentDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThatThrownBy(() -> PieceJustificative.supplied(
                        lateEvening,
                        PieceType.RIB,
                        Samples.blob(2),
                        "rib.pdf",
                        "application/pdf",
                        LocalDate.of(2026, 3, 16),
                        null))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("piece.documentDate: must not be after the day it was supplied");
    }

    @Test
    void rejectsAnExpiryBeforeTheDocumentDate() {
        assertThatThrownBy(() ->
                        Samples.piece(PieceType.PIECE_IDENTITE, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("piece.expiryDate: must not be before the document's date");
        assertThat(Samples.piece(PieceType.PIECE_IDENTITE, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))
                        .validUntil())
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void requiresAnExpiryDateWhereTheRuleNeedsOne() {
        assertThatThrownBy(() -> Samples.piece(PieceType.PIECE_IDENTITE, LocalDate.of(2020, 1, 1), null))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("piece.expiryDate: is required for pièces of type PIECE_IDENTITE");
    }

    @Test
    void copiesTheDemandesItIsGiven() {
        DemandeId demande = DemandeId.random();
        java.util.HashSet<DemandeId> mutable = new java.util.HashSet<>(Set.of(demande));
        PieceJustificative piece = facture("f.pdf", "application/pdf");
        PieceJustificative copy = new PieceJustificative(
                piece.id(),
                piece.type(),
                piece.content(),
                piece.fileName(),
                piece.mediaType(),
                piece.suppliedAt(),
                piece.documentDate(),
                piece.expiryDate(),
                mutable);
        mutable.clear();
        assertThat(copy.usedBy()).containsExactly(demande);
    }
}
