package fr.eadmin.documents;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The attestation of a decision on a demande.
 *
 * @param number the attestation's own number, printed and sealed
 * @param decision what was decided
 * @param demandeReference the demande's reference
 * @param designation what was asked for, such as {@code "Permis de stationnement"}
 * @param beneficiary the name of the usager the decision concerns
 * @param decidedOn the day of the decision (for an implicit acceptance, the day it was born)
 * @param statement what the decision grants or refuses, in full sentences
 * @param reasons the reasons of a rejection (motivation, CRPA L211-2); null otherwise
 * @param remedies the voies et délais de recours against a rejection; null otherwise
 * @param signatory who signs, such as {@code "Pour le maire, l'adjointe déléguée, Claire Martin"}
 */
public record Attestation(
        String number,
        Decision decision,
        String demandeReference,
        String designation,
        String beneficiary,
        LocalDate decidedOn,
        String statement,
        @Nullable String reasons,
        @Nullable String remedies,
        String signatory) {
    private static final String DOCUMENT = DocumentKind.ATTESTATION.code();

    /** The decisions an attestation can state. */
    public enum Decision {
        /** An express acceptance. */
        ACCEPTATION("Attestation de décision favorable"),
        /** An express rejection: its reasons and the remedies are printed. */
        REJET("Notification de décision de rejet"),
        /** An implicit acceptance (silence vaut acceptation), attested under CRPA L232-3. */
        ACCEPTATION_IMPLICITE("Attestation de décision implicite d'acceptation");

        private final String title;

        Decision(String title) {
            this.title = title;
        }

        /**
         * The title printed on the document.
         *
         * @return the French title
         */
        public String title() {
            return title;
        }
    }

    /**
     * Checks the values.
     *
     * @throws InvalidDocumentException if a required text is blank, or a rejection lacks its reasons or remedies
     *     (or another decision has them)
     */
    public Attestation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedOn, "decidedOn");
        number = InvalidDocumentException.require(DOCUMENT, "number", Objects.requireNonNull(number, "number"));
        demandeReference = InvalidDocumentException.require(
                DOCUMENT, "demandeReference", Objects.requireNonNull(demandeReference, "demandeReference"));
        designation = InvalidDocumentException.require(
                DOCUMENT, "designation", Objects.requireNonNull(designation, "designation"));
        beneficiary = InvalidDocumentException.require(
                DOCUMENT, "beneficiary", Objects.requireNonNull(beneficiary, "beneficiary"));
        statement =
                InvalidDocumentException.require(DOCUMENT, "statement", Objects.requireNonNull(statement, "statement"));
        signatory =
                InvalidDocumentException.require(DOCUMENT, "signatory", Objects.requireNonNull(signatory, "signatory"));
        boolean rejection = decision == Decision.REJET;
        if (rejection != (reasons != null && !reasons.isBlank())) {
            throw new InvalidDocumentException(DOCUMENT, "reasons", "are required for a rejection, and only then");
        }
        if (rejection != (remedies != null && !remedies.isBlank())) {
            throw new InvalidDocumentException(DOCUMENT, "remedies", "are required for a rejection, and only then");
        }
    }
}
