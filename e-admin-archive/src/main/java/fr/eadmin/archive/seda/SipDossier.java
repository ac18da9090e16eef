package fr.eadmin.archive.seda;

import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dossier to transfer: an archive unit of level {@code File} holding one archive unit per document, and
 * the traceability journal extract of the dossier when given (written as {@code journal-<n>.jsonl}, an
 * archive unit of its own).
 *
 * {@snippet :
 * SipDossier dossier = SipDossier.of("2026-000123", "Inscription scolaire", start, end,
 *                 new AppraisalRule("APP-10Y", end, FinalAction.DESTROY), documents)
 *         .withDescription("Inscription en école élémentaire")
 *         .withJournal(journal.about("demande", demandeId.toString()));
 * }
 *
 * @param reference the dossier's reference, kept as {@code OriginatingAgencyArchiveUnitIdentifier}
 * @param title the title
 * @param description a description, or null
 * @param startDate the date of the oldest document
 * @param endDate the date of the newest document (the closure)
 * @param appraisal the appraisal rule
 * @param access the access rule, or null
 * @param documents the documents, at least one
 * @param journal the journal entries about this dossier, in position order; empty for none
 * @param journalSeals the journal's seals to include with the extract (those at or after its entries), possibly
 *     none
 */
public record SipDossier(
        String reference,
        String title,
        @Nullable String description,
        LocalDate startDate,
        LocalDate endDate,
        AppraisalRule appraisal,
        @Nullable AccessRule access,
        List<SipDocument> documents,
        List<JournalEntry> journal,
        List<JournalSeal> journalSeals) {
    /** Checks the values. */
    public SipDossier {
        Text.requireToken(reference, "reference");
        Text.requireToken(title, "title");
        if (description != null) {
            Text.requireNoControl(description, "description");
        }
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate is before startDate");
        }
        Objects.requireNonNull(appraisal, "appraisal");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a dossier has at least one document");
        }
        journal = List.copyOf(journal);
        journalSeals = List.copyOf(journalSeals);
        if (journal.isEmpty() && !journalSeals.isEmpty()) {
            throw new IllegalArgumentException("seals go with journal entries");
        }
    }

    /**
     * A dossier with no description, access rule nor journal.
     *
     * @param reference the dossier's reference
     * @param title the title
     * @param startDate the date of the oldest document
     * @param endDate the date of the newest document
     * @param appraisal the appraisal rule
     * @param documents the documents
     * @return the dossier
     */
    public static SipDossier of(
            String reference,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            AppraisalRule appraisal,
            List<SipDocument> documents) {
        return new SipDossier(
                reference, title, null, startDate, endDate, appraisal, null, documents, List.of(), List.of());
    }

    /**
     * The same dossier with a description.
     *
     * @param text the description
     * @return a new dossier
     */
    public SipDossier withDescription(String text) {
        return new SipDossier(
                reference,
                title,
                Objects.requireNonNull(text, "text"),
                startDate,
                endDate,
                appraisal,
                access,
                documents,
                journal,
                journalSeals);
    }

    /**
     * The same dossier with an access rule.
     *
     * @param rule the access rule
     * @return a new dossier
     */
    public SipDossier withAccessRule(AccessRule rule) {
        return new SipDossier(
                reference,
                title,
                description,
                startDate,
                endDate,
                appraisal,
                Objects.requireNonNull(rule, "rule"),
                documents,
                journal,
                journalSeals);
    }

    /**
     * The same dossier with its journal extract.
     *
     * @param entries the journal entries about the dossier, in position order
     * @return a new dossier
     */
    public SipDossier withJournal(List<JournalEntry> entries) {
        return withJournal(entries, List.of());
    }

    /**
     * The same dossier with its journal extract and the seals that attest it.
     *
     * @param entries the journal entries about the dossier, in position order
     * @param seals the journal's seals to include, such as {@link fr.eadmin.core.spi.Journal#seals()}
     * @return a new dossier
     */
    public SipDossier withJournal(List<JournalEntry> entries, List<JournalSeal> seals) {
        return new SipDossier(
                reference, title, description, startDate, endDate, appraisal, access, documents, entries, seals);
    }
}
