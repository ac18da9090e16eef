package fr.eadmin.core.demande;

import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.PieceType;
import java.util.Objects;

/**
 * A pièce of the usager's dossier attached to a demande, with its type (to check the demande against the
 * téléservice's requirements without reading the dossier).
 *
 * @param piece the pièce's id in the dossier usager
 * @param type its type
 */
public record SuppliedPiece(PieceId piece, PieceType type) {
    /** Checks the values. */
    public SuppliedPiece {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(type, "type");
    }
}
