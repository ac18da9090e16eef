package fr.eadmin.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The récapitulatif of a submitted demande: what the usager answered, section by section, and the pièces
 * justificatives attached. Any length: a long récapitulatif is laid out page by page as it is read.
 *
 * @param title the téléservice's title, such as {@code "Inscription scolaire"}
 * @param reference the demande's reference, such as {@code "2026-000123"}
 * @param depositedAt when the demande was deposited
 * @param demandeur the name of the usager who deposited it, as shown to them
 * @param sections the answers, in the order of the form
 * @param pieces the pièces justificatives attached
 */
public record Recapitulatif(
        String title,
        String reference,
        Instant depositedAt,
        String demandeur,
        List<Section> sections,
        List<Piece> pieces) {
    private static final String DOCUMENT = DocumentKind.RECAPITULATIF.code();

    /**
     * Checks the values.
     *
     * @throws InvalidDocumentException if a required text is blank
     */
    public Recapitulatif {
        Objects.requireNonNull(depositedAt, "depositedAt");
        title = InvalidDocumentException.require(DOCUMENT, "title", Objects.requireNonNull(title, "title"));
        reference =
                InvalidDocumentException.require(DOCUMENT, "reference", Objects.requireNonNull(reference, "reference"));
        demandeur =
                InvalidDocumentException.require(DOCUMENT, "demandeur", Objects.requireNonNull(demandeur, "demandeur"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
    }

    /**
     * One section of the form as the usager saw it.
     *
     * @param title the section's title
     * @param answers the answers of the section outside any repeated block
     * @param blocks the repeated blocks of the section (children, vehicles…), each printed as numbered
     *     sub-sections
     */
    public record Section(String title, List<Answer> answers, List<RepeatedBlock> blocks) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if the title is blank
         */
        public Section {
            title = InvalidDocumentException.require(
                    DOCUMENT, "sections.title", Objects.requireNonNull(title, "title"));
            answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
            blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        }

        /**
         * A section without repeated blocks.
         *
         * @param title the title
         * @param answers the answers
         * @return the section
         */
        public static Section of(String title, List<Answer> answers) {
            return new Section(title, answers, List.of());
        }
    }

    /**
     * One visible answer: the question's label and the answer as shown to the usager.
     *
     * @param label the label, such as {@code "Date de naissance"}
     * @param value the answer, such as {@code "12 mai 2019"}; may be empty
     */
    public record Answer(String label, String value) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if the label is blank
         */
        public Answer {
            label = InvalidDocumentException.require(DOCUMENT, "answers.label", Objects.requireNonNull(label, "label"));
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A block the usager could repeat, such as one per child.
     *
     * @param title the block's title, numbered when printed: {@code "Enfant"} gives {@code "Enfant 1"}, {@code
     *     "Enfant 2"}…
     * @param occurrences the answers of each occurrence
     */
    public record RepeatedBlock(String title, List<List<Answer>> occurrences) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if the title is blank
         */
        public RepeatedBlock {
            title = InvalidDocumentException.require(DOCUMENT, "blocks.title", Objects.requireNonNull(title, "title"));
            occurrences = Objects.requireNonNull(occurrences, "occurrences").stream()
                    .map(List::copyOf)
                    .toList();
        }
    }

    /**
     * A pièce justificative attached to the demande.
     *
     * @param fileName the file's name as uploaded
     * @param type the kind of pièce, such as {@code "Justificatif de domicile"}
     * @param sizeBytes its size in bytes
     * @param sha256 its SHA-256 digest, 64 lower-case hexadecimal digits
     */
    public record Piece(String fileName, String type, long sizeBytes, String sha256) {
        /**
         * Checks the values.
         *
         * @throws InvalidDocumentException if a text is blank, the size negative or the digest malformed
         */
        public Piece {
            fileName = InvalidDocumentException.require(
                    DOCUMENT, "pieces.fileName", Objects.requireNonNull(fileName, "fileName"));
            type = InvalidDocumentException.require(DOCUMENT, "pieces.type", Objects.requireNonNull(type, "type"));
            if (sizeBytes < 0) {
                throw new NegativeAmountException(DOCUMENT, "pieces.sizeBytes");
            }
            if (!Objects.requireNonNull(sha256, "sha256").matches("[0-9a-f]{64}")) {
                throw new InvalidDocumentException(
                        DOCUMENT, "pieces.sha256", "must be 64 lower-case hexadecimal digits");
            }
        }
    }
}
