package fr.eadmin.archive.journal;

import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalSeal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A journal file: entries of the traceability journal (all of them, or those about one subject) and the
 * seals that cover them, as written by {@link JournalExtracts#write}.
 *
 * @param scope whether the file holds the whole journal or one subject's entries
 * @param subjectType the subject type for {@link ExtractScope#SUBJECT}, or null
 * @param subjectId the subject id for {@link ExtractScope#SUBJECT}, or null
 * @param entries the entries, in position order
 * @param seals the seals, in position order
 */
public record JournalExtract(
        ExtractScope scope,
        @Nullable String subjectType,
        @Nullable String subjectId,
        List<JournalEntry> entries,
        List<JournalSeal> seals) {
    /** Checks the values. */
    public JournalExtract {
        Objects.requireNonNull(scope, "scope");
        if ((scope == ExtractScope.SUBJECT) != (subjectType != null && subjectId != null)) {
            throw new IllegalArgumentException("a subject extract names its subject, a full export does not");
        }
        entries = List.copyOf(entries);
        seals = List.copyOf(seals);
    }

    /**
     * The whole journal.
     *
     * @param entries every entry from position 1
     * @param seals the journal's seals
     * @return the export
     */
    public static JournalExtract full(List<JournalEntry> entries, List<JournalSeal> seals) {
        return new JournalExtract(ExtractScope.FULL, null, null, entries, seals);
    }

    /**
     * The entries about one subject, such as the result of {@link fr.eadmin.core.spi.Journal#about}.
     *
     * @param subjectType the subject type, such as {@code demande}
     * @param subjectId the subject's technical id
     * @param entries its entries in position order
     * @param seals the seals to include (those covering the entries), possibly none
     * @return the extract
     */
    public static JournalExtract about(
            String subjectType, String subjectId, List<JournalEntry> entries, List<JournalSeal> seals) {
        return new JournalExtract(
                ExtractScope.SUBJECT,
                Objects.requireNonNull(subjectType, "subjectType"),
                Objects.requireNonNull(subjectId, "subjectId"),
                entries,
                seals);
    }
}
