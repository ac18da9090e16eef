package fr.eadmin.core.dossier;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.usager.UsagerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pièces justificatives a usager has supplied, with the demandes that used them, so that a usager does
 * not upload the same document twice: a new demande first asks {@link #reusable(PieceType, LocalDate)}.
 *
 * <p>The dossier is an aggregate of its own, stored apart from the {@link fr.eadmin.core.usager.Usager} it
 * belongs to (one dossier per usager, keyed by the usager's id) and versioned on its own. The two change for
 * unrelated reasons, often at the same moment: a usager attaches a justificatif de domicile to a demande
 * while an agent corrects their address, a parent uploads a livret de famille while the other parent changes
 * the foyer's quotient familial. Were the pièces part of the usager, each of these pairs would touch the same
 * version and one of the two would fail with a {@link fr.eadmin.core.ConcurrentUpdateException} for no
 * reason. Kept apart, each aggregate is small, its invariants (no pièce twice; a usager's identity) are
 * checked alone, and only true conflicts (two changes to the pièces) are reported.
 *
 * @param usager the id of the usager the dossier belongs to
 * @param pieces the pièces, in the order they were added
 */
public record DossierUsager(UsagerId usager, List<PieceJustificative> pieces) {
    /**
     * Checks that no pièce appears twice.
     *
     * @throws InvalidDossierException if two pièces have the same id
     */
    public DossierUsager {
        Objects.requireNonNull(usager, "usager");
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        Set<PieceId> seen = new HashSet<>();
        for (PieceJustificative piece : pieces) {
            if (!seen.add(piece.id())) {
                throw new InvalidDossierException("pieces", "pièce " + piece.id() + " appears twice");
            }
        }
    }

    /**
     * The dossier of a usager who has supplied nothing yet.
     *
     * @param usager the usager
     * @return an empty dossier
     */
    public static DossierUsager empty(UsagerId usager) {
        return new DossierUsager(usager, List.of());
    }

    /**
     * Finds a pièce by id.
     *
     * @param id the id
     * @return the pièce, or empty if the dossier has none with this id
     */
    public Optional<PieceJustificative> piece(PieceId id) {
        Objects.requireNonNull(id, "id");
        return pieces.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * A copy with one more pièce.
     *
     * @param piece the pièce
     * @return the new dossier
     * @throws DuplicateKeyException if the dossier already has a pièce with this id
     */
    public DossierUsager withPiece(PieceJustificative piece) {
        Objects.requireNonNull(piece, "piece");
        if (piece(piece.id()).isPresent()) {
            throw new DuplicateKeyException("piece", piece.id().toString());
        }
        List<PieceJustificative> copy = new ArrayList<>(pieces);
        copy.add(piece);
        return new DossierUsager(usager, copy);
    }

    /**
     * A copy without a pièce. The content stays in the blob store: demandes that used the pièce refer to it.
     *
     * @param id the id of the pièce
     * @return the new dossier
     * @throws NotFoundException if the dossier has no pièce with this id
     */
    public DossierUsager withoutPiece(PieceId id) {
        Objects.requireNonNull(id, "id");
        if (piece(id).isEmpty()) {
            throw new NotFoundException("piece", id.toString());
        }
        return new DossierUsager(
                usager, pieces.stream().filter(p -> !p.id().equals(id)).toList());
    }

    /**
     * A copy recording that a demande used a pièce (no change if it is already recorded).
     *
     * @param id the id of the pièce
     * @param demande the demande
     * @return the new dossier
     * @throws NotFoundException if the dossier has no pièce with this id
     */
    public DossierUsager markUsed(PieceId id, DemandeId demande) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demande, "demande");
        if (piece(id).isEmpty()) {
            throw new NotFoundException("piece", id.toString());
        }
        return new DossierUsager(
                usager,
                pieces.stream()
                        .map(p -> p.id().equals(id) ? p.withUsedBy(demande) : p)
                        .toList());
    }

    /**
     * The pièce of a type that a new demande can reuse today: among the pièces of the same kind (same
     * {@link PieceType#code()}) valid on {@code today}, the one with the latest document date (then the latest
     * supplied).
     *
     * @param type the type the demande needs
     * @param today today's date, in Europe/Paris
     * @return the pièce to reuse, or empty if the usager must supply a new one
     */
    public Optional<PieceJustificative> reusable(PieceType type, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        return pieces.stream()
                .filter(p -> p.type().sameKindAs(type))
                .filter(p -> p.isValidOn(today))
                .max(Comparator.comparing(PieceJustificative::documentDate)
                        .thenComparing(PieceJustificative::suppliedAt));
    }

    /**
     * The pièces a demande used.
     *
     * @param demande the demande
     * @return the pièces, in the order of the dossier
     */
    public List<PieceJustificative> piecesUsedBy(DemandeId demande) {
        Objects.requireNonNull(demande, "demande");
        return pieces.stream().filter(p -> p.isUsedBy(demande)).toList();
    }

    /**
     * The pièces whose validity ended before a date, to tell the usager or to purge.
     *
     * @param date the date, in Europe/Paris
     * @return the pièces whose last valid day is before {@code date}, in the order of the dossier
     */
    public List<PieceJustificative> expiredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return pieces.stream()
                .filter(p -> {
                    LocalDate until = p.validUntil();
                    return until != null && until.isBefore(date);
                })
                .toList();
    }
}
