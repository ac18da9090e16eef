package fr.eadmin.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.test.arbitraries.UsagerArbitraries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DossierUsagerProperties {
    @Property
    void reusableNeverReturnsAnExpiredPieceNorAnotherKind(
            @ForAll("dossiers") DossierUsager dossier,
            @ForAll("types") PieceType type,
            @ForAll("days") LocalDate today) {
        Optional<PieceJustificative> reusable = dossier.reusable(type, today);
        reusable.ifPresent(piece -> {
            assertThat(piece.isValidOn(today)).isTrue();
            assertThat(piece.validUntil() == null || !piece.validUntil().isBefore(today))
                    .isTrue();
            assertThat(piece.documentDate()).isBeforeOrEqualTo(today);
            assertThat(piece.type().code()).isEqualTo(type.code());
            assertThat(dossier.expiredOn(today)).doesNotContain(piece);
        });
    }

    @Property
    void reusableFindsTheLatestValidPieceWheneverThereIsOne(
            @ForAll("dossiers") DossierUsager dossier, @ForAll("days") LocalDate today) {
        for (PieceJustificative piece : dossier.pieces()) {
            Optional<PieceJustificative> reusable = dossier.reusable(piece.type(), today);
            if (piece.isValidOn(today)) {
                assertThat(reusable).isPresent();
                assertThat(reusable.orElseThrow().documentDate()).isAfterOrEqualTo(piece.documentDate());
            }
        }
        LocalDate latest = dossier.pieces().stream()
                .filter(p -> p.isValidOn(today))
                .map(PieceJustificative::documentDate)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (latest == null) {
            assertThat(PieceType.WELL_KNOWN)
                    .allSatisfy(t -> assertThat(dossier.reusable(t, today)).isEmpty());
        }
    }

    @Property
    void aPieceIsValidOrExpiredOrNotYetIssued(
            @ForAll("dossiers") DossierUsager dossier, @ForAll("days") LocalDate day) {
        for (PieceJustificative piece : dossier.pieces()) {
            boolean valid = piece.isValidOn(day);
            boolean expired = dossier.expiredOn(day).contains(piece);
            boolean notYet = day.isBefore(piece.documentDate());
            assertThat((valid ? 1 : 0) + (expired ? 1 : 0) + (notYet ? 1 : 0)).isEqualTo(1);
        }
    }

    @Property
    void markUsedRecordsTheDemandeOnThatPieceOnly(@ForAll("dossiers") DossierUsager dossier) {
        DemandeId demande = DemandeId.random();
        for (PieceJustificative piece : dossier.pieces()) {
            DossierUsager used = dossier.markUsed(piece.id(), demande);
            assertThat(used.piecesUsedBy(demande))
                    .extracting(PieceJustificative::id)
                    .containsExactly(piece.id());
            assertThat(used.pieces()).hasSameSizeAs(dossier.pieces());
        }
    }

    @Provide
    Arbitrary<DossierUsager> dossiers() {
        return UsagerArbitraries.dossiers();
    }

    @Provide
    Arbitrary<PieceType> types() {
        return UsagerArbitraries.pieceTypes();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(2008, 1, 1).toEpochDay(),
                        LocalDate.of(2045, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
