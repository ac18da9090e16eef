package fr.eadmin.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.Samples;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierUsagerTest {
    private final UsagerId usager = UsagerId.random();

    @Test
    void startsEmpty() {
        DossierUsager dossier = DossierUsager.empty(usager);
        assertThat(dossier.pieces()).isEmpty();
        assertThat(dossier.reusable(PieceType.RIB, Samples.TODAY)).isEmpty();
    }

    @Test
    void addsAndRemovesPieces() {
        PieceJustificative facture = Samples.facture(LocalDate.of(2026, 2, 1));
        DossierUsager dossier = DossierUsager.empty(usager).withPiece(facture);
        assertThat(dossier.piece(facture.id())).contains(facture);
        assertThat(dossier.withoutPiece(facture.id()).pieces()).isEmpty();
        assertThat(dossier.piece(PieceId.random())).isEmpty();
    }

    @Test
    void rejectsAPieceTwice() {
        PieceJustificative facture = Samples.facture(LocalDate.of(2026, 2, 1));
        DossierUsager dossier = DossierUsager.empty(usager).withPiece(facture);
        assertThatThrownBy(() -> dossier.withPiece(facture))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining(facture.id().toString());
        assertThatThrownBy(() -> new DossierUsager(usager, List.of(facture, facture)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void rejectsAnUnknownPiece() {
        DossierUsager dossier = Samples.dossier(usager);
        PieceId unknown = PieceId.random();
        assertThatThrownBy(() -> dossier.withoutPiece(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dossier.markUsed(unknown, DemandeId.random()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("piece " + unknown + " does not exist");
    }

    @Test
    void recordsWhichDemandesUsedWhichPieces() {
        DossierUsager dossier = Samples.dossier(usager);
        PieceJustificative facture = dossier.pieces().get(0);
        PieceJustificative cni = dossier.pieces().get(1);
        DemandeId cantine = DemandeId.random();
        DemandeId creche = DemandeId.random();
        DossierUsager used = dossier.markUsed(facture.id(), cantine)
                .markUsed(cni.id(), cantine)
                .markUsed(facture.id(), creche)
                .markUsed(facture.id(), creche);
        assertThat(used.piecesUsedBy(cantine))
                .extracting(PieceJustificative::id)
                .containsExactly(facture.id(), cni.id());
        assertThat(used.piecesUsedBy(creche)).extracting(PieceJustificative::id).containsExactly(facture.id());
        assertThat(used.piecesUsedBy(DemandeId.random())).isEmpty();
        assertThat(used.piece(facture.id()).orElseThrow().usedBy()).hasSize(2);
    }

    @Test
    void reusesTheMostRecentValidPieceOfTheType() {
        PieceJustificative janvier = Samples.facture(LocalDate.of(2026, 1, 10));
        PieceJustificative fevrier = Samples.facture(LocalDate.of(2026, 2, 10));
        PieceJustificative decembre = Samples.facture(LocalDate.of(2025, 12, 1));
        DossierUsager dossier = DossierUsager.empty(usager)
                .withPiece(janvier)
                .withPiece(fevrier)
                .withPiece(decembre);
        assertThat(dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, Samples.TODAY))
                .contains(fevrier);
        // On 9 May only the February bill is still less than 3 months old; on 10 May none is.
        assertThat(dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, LocalDate.of(2026, 5, 9)))
                .contains(fevrier);
        assertThat(dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, LocalDate.of(2026, 5, 10)))
                .isEmpty();
    }

    @Test
    void neverReusesAPieceBeforeItsDate() {
        PieceJustificative fevrier = Samples.facture(LocalDate.of(2026, 2, 10));
        DossierUsager dossier = DossierUsager.empty(usager).withPiece(fevrier);
        assertThat(dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, LocalDate.of(2026, 2, 9)))
                .isEmpty();
    }

    @Test
    void reusesAPieceOfTheSameCodeWhateverItsLabel() {
        DossierUsager dossier = Samples.dossier(usager);
        PieceType local = new PieceType(
                "JUSTIFICATIF_DOMICILE",
                "Justificatif de domicile de moins d'un an",
                ValidityRule.periodFromDocumentDate(Period.ofYears(1)));
        assertThat(dossier.reusable(local, Samples.TODAY)).isPresent();
        assertThat(dossier.reusable(PieceType.AVIS_IMPOSITION, Samples.TODAY)).isEmpty();
    }

    @Test
    void prefersTheLatestSuppliedBetweenTwoOfTheSameDate() {
        LocalDate date = LocalDate.of(2026, 2, 10);
        PieceJustificative first = Samples.facture(date);
        PieceJustificative second = new PieceJustificative(
                PieceId.random(),
                first.type(),
                first.content(),
                "facture-2.pdf",
                first.mediaType(),
                first.suppliedAt().plusSeconds(60),
                date,
                null,
                java.util.Set.of());
        DossierUsager dossier = DossierUsager.empty(usager).withPiece(second).withPiece(first);
        assertThat(dossier.reusable(PieceType.JUSTIFICATIF_DOMICILE, Samples.TODAY))
                .contains(second);
    }

    @Test
    void listsThePiecesExpiredOnADate() {
        DossierUsager dossier = Samples.dossier(usager);
        assertThat(dossier.expiredOn(Samples.TODAY)).isEmpty();
        // The bill of 1 February is valid until 30 April; the identity card until 31 May 2035.
        assertThat(dossier.expiredOn(LocalDate.of(2026, 4, 30))).isEmpty();
        assertThat(dossier.expiredOn(LocalDate.of(2026, 5, 1)))
                .extracting(PieceJustificative::type)
                .containsExactly(PieceType.JUSTIFICATIF_DOMICILE);
        assertThat(dossier.expiredOn(LocalDate.of(2035, 6, 1))).hasSize(2);
    }

    @Test
    void cannotBeChangedThroughItsPieces() {
        DossierUsager dossier = Samples.dossier(usager);
        assertThatThrownBy(() -> dossier.pieces().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
