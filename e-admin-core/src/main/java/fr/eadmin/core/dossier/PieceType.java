package fr.eadmin.core.dossier;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of pièce justificative and how long a pièce of that kind is valid. A town uses the well-known
 * constants below or defines its own types; two types with the same {@code code} are the same kind of pièce
 * (a pièce keeps the type, and so the rule, it was supplied under).
 *
 * <p>The well-known types and their rules:
 *
 * <ul>
 *   <li>{@link #JUSTIFICATIF_DOMICILE}: 3 months from the document's date (facture d'énergie, quittance de
 *       loyer, attestation d'assurance habitation), as téléservices ask "de moins de 3 mois";
 *   <li>{@link #PIECE_IDENTITE}: until its expiry date (carte nationale d'identité, passeport, titre de
 *       séjour), which is then required;
 *   <li>{@link #LIVRET_DE_FAMILLE}: permanent;
 *   <li>{@link #ACTE_NAISSANCE}: 3 months from its date (copie intégrale or extrait, "de moins de 3 mois"
 *       for a mariage, a PACS or a passeport);
 *   <li>{@link #ATTESTATION_QUOTIENT_FAMILIAL}: until the end of its year (CAF and MSA compute the quotient
 *       for the calendar year);
 *   <li>{@link #AVIS_IMPOSITION}: until the end of the year after its date (an avis received in the summer of
 *       one year remains the latest until the next one, in the summer of the next year);
 *   <li>{@link #RIB}: permanent, until the usager gives another one;
 *   <li>{@link #EXTRAIT_KBIS}: 3 months from its date ("de moins de 3 mois");
 *   <li>{@link #ATTESTATION_ASSURANCE}: until its expiry date (responsabilité civile, assurance scolaire);
 *   <li>{@link #JUGEMENT}: permanent (jugement de divorce, décision fixant la résidence des enfants).
 * </ul>
 *
 * @param code a stable code: upper-case letters, digits and underscores, starting with a letter, at most 64
 * @param libelle the label shown to usagers and agents
 * @param validity how long a pièce of this type is valid
 */
public record PieceType(String code, String libelle, ValidityRule validity) {
    // Declared before the constants, which its initialisation needs.
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** Justificatif de domicile: 3 months from the document's date. */
    public static final PieceType JUSTIFICATIF_DOMICILE = new PieceType(
            "JUSTIFICATIF_DOMICILE",
            "Justificatif de domicile",
            ValidityRule.periodFromDocumentDate(Period.ofMonths(3)));

    /** Pièce d'identité: until its expiry date. */
    public static final PieceType PIECE_IDENTITE =
            new PieceType("PIECE_IDENTITE", "Pièce d'identité", ValidityRule.untilExpiryDate());

    /** Livret de famille: permanent. */
    public static final PieceType LIVRET_DE_FAMILLE =
            new PieceType("LIVRET_DE_FAMILLE", "Livret de famille", ValidityRule.permanent());

    /** Acte de naissance (copie intégrale or extrait): 3 months from its date. */
    public static final PieceType ACTE_NAISSANCE = new PieceType(
            "ACTE_NAISSANCE", "Acte de naissance", ValidityRule.periodFromDocumentDate(Period.ofMonths(3)));

    /** Attestation de quotient familial (CAF, MSA): until the end of its year. */
    public static final PieceType ATTESTATION_QUOTIENT_FAMILIAL = new PieceType(
            "ATTESTATION_QUOTIENT_FAMILIAL", "Attestation de quotient familial", ValidityRule.untilEndOfYear(0));

    /** Avis d'imposition: until the end of the year after its date. */
    public static final PieceType AVIS_IMPOSITION =
            new PieceType("AVIS_IMPOSITION", "Avis d'imposition", ValidityRule.untilEndOfYear(1));

    /** Relevé d'identité bancaire: permanent. */
    public static final PieceType RIB = new PieceType("RIB", "Relevé d'identité bancaire", ValidityRule.permanent());

    /** Extrait Kbis: 3 months from its date. */
    public static final PieceType EXTRAIT_KBIS =
            new PieceType("EXTRAIT_KBIS", "Extrait Kbis", ValidityRule.periodFromDocumentDate(Period.ofMonths(3)));

    /** Attestation d'assurance (responsabilité civile, scolaire): until its expiry date. */
    public static final PieceType ATTESTATION_ASSURANCE =
            new PieceType("ATTESTATION_ASSURANCE", "Attestation d'assurance", ValidityRule.untilExpiryDate());

    /** Jugement (divorce, résidence des enfants): permanent. */
    public static final PieceType JUGEMENT = new PieceType("JUGEMENT", "Jugement", ValidityRule.permanent());

    /** Every well-known type, in the order of this class. */
    public static final List<PieceType> WELL_KNOWN = List.of(
            JUSTIFICATIF_DOMICILE,
            PIECE_IDENTITE,
            LIVRET_DE_FAMILLE,
            ACTE_NAISSANCE,
            ATTESTATION_QUOTIENT_FAMILIAL,
            AVIS_IMPOSITION,
            RIB,
            EXTRAIT_KBIS,
            ATTESTATION_ASSURANCE,
            JUGEMENT);

    /**
     * Checks the values.
     *
     * @throws InvalidDossierException if the code is not upper-case letters, digits and underscores, or the
     *     label is blank
     */
    public PieceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(libelle, "libelle");
        Objects.requireNonNull(validity, "validity");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidDossierException(
                    "pieceType.code", "must be upper-case letters, digits and underscores, at most 64");
        }
        libelle = libelle.strip();
        if (libelle.isEmpty() || libelle.length() > 200) {
            throw new InvalidDossierException("pieceType.libelle", "must have 1 to 200 characters");
        }
    }

    /**
     * Finds a well-known type by its code.
     *
     * @param code the code, such as {@code "PIECE_IDENTITE"}
     * @return the type, or empty if no well-known type has this code
     */
    public static Optional<PieceType> wellKnown(String code) {
        Objects.requireNonNull(code, "code");
        return WELL_KNOWN.stream().filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * Whether another type is the same kind of pièce: the same code.
     *
     * @param other the other type
     * @return true if the codes are equal
     */
    public boolean sameKindAs(PieceType other) {
        return code.equals(Objects.requireNonNull(other, "other").code);
    }
}
