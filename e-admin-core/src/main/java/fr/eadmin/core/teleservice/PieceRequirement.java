package fr.eadmin.core.teleservice;

import fr.eadmin.core.dossier.PieceType;
import java.util.Objects;

/**
 * One pièce justificative a téléservice asks for, and when.
 *
 * @param type the type of pièce
 * @param condition when it is required
 */
public record PieceRequirement(PieceType type, PieceCondition condition) {
    /** Checks the values. */
    public PieceRequirement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * A pièce always required.
     *
     * @param type the type
     * @return the requirement
     */
    public static PieceRequirement always(PieceType type) {
        return new PieceRequirement(type, PieceCondition.always());
    }
}
