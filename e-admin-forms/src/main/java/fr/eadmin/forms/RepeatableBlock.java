package fr.eadmin.forms;

import fr.eadmin.forms.internal.Ids;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group of fields answered once per occurrence (one per child, one per vehicle). In a submission its answer is
 * an array of objects, one per occurrence, keyed by the ids of its fields.
 *
 * @param id the stable id, the key of the occurrences in a submission
 * @param label the label shown, used in error messages
 * @param minOccurrences the least number of occurrences when shown
 * @param maxOccurrences the most occurrences
 * @param fields the fields of one occurrence
 * @param visibleIf when the block is shown, or {@code null} for always
 */
public record RepeatableBlock(
        String id,
        String label,
        int minOccurrences,
        int maxOccurrences,
        List<Field> fields,
        @Nullable Condition visibleIf)
        implements Node {
    /** The most occurrences a block may allow. */
    public static final int MAX_OCCURRENCES_LIMIT = 1_000;

    /** Validates the block. */
    public RepeatableBlock {
        Ids.check(id, "block id");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
        if (minOccurrences < 0 || maxOccurrences < 1 || minOccurrences > maxOccurrences) {
            throw new IllegalArgumentException("block occurrences must satisfy 0 <= min <= max, 1 <= max");
        }
        if (maxOccurrences > MAX_OCCURRENCES_LIMIT) {
            throw new IllegalArgumentException("block max occurrences must be at most " + MAX_OCCURRENCES_LIMIT);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one field");
        }
    }
}
