package fr.eadmin.archive.elimination;

import fr.eadmin.archive.retention.DueRecord;
import fr.eadmin.core.journal.JournalEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One record proposed for elimination, by ids only. The subject type and id follow the rules of a journal
 * subject ({@link fr.eadmin.core.journal.JournalEvent}), since each purge is journaled under them.
 *
 * @param subjectType the kind of record, such as {@code demande} or {@code usager}
 * @param subjectId its technical id
 * @param teleservice its téléservice's code
 * @param dueDate the day its DUA ran out
 */
public record EliminationItem(String subjectType, String subjectId, String teleservice, LocalDate dueDate) {
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9._:-]+");

    /** Checks the values. */
    public EliminationItem {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        if (subjectType.length() > JournalEvent.MAX_SUBJECT_TYPE
                || !SUBJECT_TYPE.matcher(subjectType).matches()) {
            throw new IllegalArgumentException("subjectType is not a journal subject type");
        }
        if (subjectId.length() > JournalEvent.MAX_SUBJECT_ID
                || !SUBJECT_ID.matcher(subjectId).matches()) {
            throw new IllegalArgumentException("subjectId is not a journal subject id");
        }
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * The item of a due record.
     *
     * @param due the due record
     * @return the item
     */
    public static EliminationItem of(DueRecord due) {
        Objects.requireNonNull(due, "due");
        return new EliminationItem(
                due.record().subjectType(),
                due.record().subjectId(),
                due.record().teleservice(),
                due.dueDate());
    }
}
