package fr.eadmin.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PieceTypeTest {
    @Test
    void findsAWellKnownTypeByCode() {
        assertThat(PieceType.wellKnown("PIECE_IDENTITE")).contains(PieceType.PIECE_IDENTITE);
        assertThat(PieceType.wellKnown("CARTE_VITALE")).isEmpty();
        assertThat(PieceType.WELL_KNOWN).extracting(PieceType::code).doesNotHaveDuplicates();
    }

    @Test
    void appliesTheDocumentedRules() {
        LocalDate date = LocalDate.of(2026, 1, 15);
        assertThat(PieceType.JUSTIFICATIF_DOMICILE.validity().validUntil(date, null))
                .isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(PieceType.LIVRET_DE_FAMILLE.validity().validUntil(date, null))
                .isNull();
        assertThat(PieceType.ATTESTATION_QUOTIENT_FAMILIAL.validity().validUntil(date, null))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PieceType.AVIS_IMPOSITION.validity().validUntil(date, null)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(PieceType.PIECE_IDENTITE.validity().needsExpiryDate()).isTrue();
        assertThat(PieceType.ATTESTATION_ASSURANCE.validity().needsExpiryDate()).isTrue();
    }

    @Test
    void comparesKindsByCode() {
        PieceType local =
                new PieceType("JUSTIFICATIF_DOMICILE", "Justificatif de domicile (mairie)", ValidityRule.permanent());
        assertThat(local.sameKindAs(PieceType.JUSTIFICATIF_DOMICILE)).isTrue();
        assertThat(local).isNotEqualTo(PieceType.JUSTIFICATIF_DOMICILE);
        assertThat(PieceType.RIB.sameKindAs(PieceType.JUGEMENT)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rib", "1RIB", "RIB-FR", "_RIB", "R IB"})
    void rejectsCodesThatAreNotUpperSnakeCase(String code) {
        assertThatThrownBy(() -> new PieceType(code, "Libellé", ValidityRule.permanent()))
                .isInstanceOf(InvalidDossierException.class)
                .extracting(e -> ((InvalidDossierException) e).field())
                .isEqualTo("pieceType.code");
    }

    @Test
    void rejectsABlankLabel() {
        assertThatThrownBy(() -> new PieceType("RIB", " ", ValidityRule.permanent()))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("pieceType.libelle: must have 1 to 200 characters");
        assertThat(new PieceType("R" + "_".repeat(63), "x", ValidityRule.permanent()).code())
                .hasSize(64);
        assertThatThrownBy(() -> new PieceType("R" + "_".repeat(64), "x", ValidityRule.permanent()))
                .isInstanceOf(InvalidDossierException.class);
    }
}
