package fr.eadmin.forms;

import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.forms.internal.Patterns;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a field asks, and the constraints its answer must meet. The name of each type ({@link #name()}) is its
 * {@code kind} in JSON.
 */
public sealed interface FieldType {
    /** The longest text any field accepts, whatever its own limit. */
    int TEXT_LIMIT = 100_000;

    /**
     * The name of the type, its {@code kind} in JSON ({@code short-text}, {@code siret}...).
     *
     * @return the name
     */
    String name();

    /**
     * Whether the usager answers this field ({@code false} for displayed text and computed values).
     *
     * @return whether the field takes an answer
     */
    default boolean isInput() {
        return true;
    }

    private static void checkLength(int minLength, int maxLength) {
        if (minLength < 0 || maxLength < 1 || minLength > maxLength || maxLength > TEXT_LIMIT) {
            throw new IllegalArgumentException("text lengths must satisfy 0 <= min <= max, 1 <= max <= " + TEXT_LIMIT);
        }
    }

    /**
     * A one-line text.
     *
     * @param minLength the least number of characters
     * @param maxLength the most characters
     * @param pattern a regular expression (RE2 syntax, matched against the whole text), or {@code null}
     */
    record ShortText(int minLength, int maxLength, @Nullable String pattern) implements FieldType {
        /** Validates the type. */
        public ShortText {
            checkLength(minLength, maxLength);
            if (pattern != null) {
                Patterns.compile(pattern);
            }
        }

        @Override
        public String name() {
            return "short-text";
        }
    }

    /**
     * A text of several lines.
     *
     * @param minLength the least number of characters
     * @param maxLength the most characters
     */
    record LongText(int minLength, int maxLength) implements FieldType {
        /** Validates the type. */
        public LongText {
            checkLength(minLength, maxLength);
        }

        @Override
        public String name() {
            return "long-text";
        }
    }

    /**
     * A whole number.
     *
     * @param min the least value, or {@code null}
     * @param max the greatest value, or {@code null}
     * @param step the answer minus {@code min} (or 0) must be a multiple of it; 1 for any
     */
    record IntegerNumber(@Nullable Long min, @Nullable Long max, long step) implements FieldType {
        /** Validates the type. */
        public IntegerNumber {
            if (step < 1) {
                throw new IllegalArgumentException("step must be positive");
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("min must not exceed max");
            }
        }

        @Override
        public String name() {
            return "integer";
        }
    }

    /**
     * A decimal number.
     *
     * @param min the least value, or {@code null}
     * @param max the greatest value, or {@code null}
     * @param step the answer minus {@code min} (or 0) must be a multiple of it, or {@code null} for any
     */
    record DecimalNumber(
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Nullable BigDecimal step) implements FieldType {
        /** Validates the type. */
        public DecimalNumber {
            if (step != null && step.signum() <= 0) {
                throw new IllegalArgumentException("step must be positive");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("min must not exceed max");
            }
        }

        @Override
        public String name() {
            return "decimal";
        }
    }

    /**
     * A date ({@code yyyy-MM-dd}), between optional bounds included; {@code max = today} asks for a date in
     * the past, {@code min = today} for one in the future.
     *
     * @param min the earliest date, or {@code null}
     * @param max the latest date, or {@code null}
     */
    record DateField(@Nullable DateBound min, @Nullable DateBound max) implements FieldType {
        @Override
        public String name() {
            return "date";
        }
    }

    /** A yes/no question, answered {@code true} or {@code false}. */
    record YesNo() implements FieldType {
        @Override
        public String name() {
            return "yes-no";
        }
    }

    /** A checkbox (an acceptance), answered {@code true} or {@code false}; required means it must be checked. */
    record Checkbox() implements FieldType {
        @Override
        public String name() {
            return "checkbox";
        }
    }

    private static List<ChoiceOption> checkOptions(List<ChoiceOption> options) {
        List<ChoiceOption> copy = List.copyOf(options);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a choice needs at least one option");
        }
        Set<String> values = new HashSet<>();
        for (ChoiceOption option : copy) {
            if (!values.add(option.value())) {
                throw new IllegalArgumentException("duplicate option value");
            }
        }
        return copy;
    }

    /**
     * One option among several.
     *
     * @param options the options
     * @param other whether the usager may answer another text ("autre"), up to 200 characters
     */
    record SingleChoice(List<ChoiceOption> options, boolean other) implements FieldType {
        /** Validates the type. */
        public SingleChoice {
            options = checkOptions(options);
        }

        @Override
        public String name() {
            return "single-choice";
        }
    }

    /**
     * Some options among several, answered as an array of distinct values.
     *
     * @param options the options
     * @param other whether the usager may add other texts ("autre"), up to 200 characters each
     * @param minSelected the least number of values when answered
     * @param maxSelected the most values
     */
    record MultipleChoice(List<ChoiceOption> options, boolean other, int minSelected, int maxSelected)
            implements FieldType {
        /** Validates the type. */
        public MultipleChoice {
            options = checkOptions(options);
            if (minSelected < 0 || maxSelected < 1 || minSelected > maxSelected) {
                throw new IllegalArgumentException("selections must satisfy 0 <= min <= max, 1 <= max");
            }
        }

        @Override
        public String name() {
            return "multiple-choice";
        }
    }

    /**
     * A French identifier, checked and put in canonical form by its type in {@code fr.eadmin.core.identifier}.
     *
     * @param kind which identifier
     */
    record Identifier(IdentifierKind kind) implements FieldType {
        /** Checks the value. */
        public Identifier {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String name() {
            return kind.jsonName();
        }
    }

    /**
     * Files the usager uploads. In a submission, an array of {@code {"blob": <sha256 hex>, "size": <bytes>,
     * "mediaType": <type>}} objects referring to files already in the blob store.
     *
     * @param mediaTypes the accepted media types ({@code application/pdf}, {@code image/jpeg}...)
     * @param maxSize the largest size of one file, in bytes
     * @param maxCount the most files
     * @param pieceType the code of the {@link PieceType} these files provide, or {@code null}
     */
    record FileUpload(
            Set<String> mediaTypes,
            long maxSize,
            int maxCount,
            @Nullable String pieceType) implements FieldType {
        /** Validates the type. */
        public FileUpload {
            mediaTypes = Set.copyOf(mediaTypes);
            if (mediaTypes.isEmpty()) {
                throw new IllegalArgumentException("a file field needs at least one media type");
            }
            if (maxSize < 1 || maxCount < 1 || maxCount > 100) {
                throw new IllegalArgumentException("max size must be positive and max count 1 to 100");
            }
            if (pieceType != null && !pieceType.matches("[A-Z][A-Z0-9_]{0,63}")) {
                throw new IllegalArgumentException("piece type must be a pièce type code");
            }
        }

        /**
         * A file field providing a pièce of the given type.
         *
         * @param mediaTypes the accepted media types
         * @param maxSize the largest size of one file, in bytes
         * @param maxCount the most files
         * @param pieceType the type of pièce provided
         * @return the type
         */
        public static FileUpload providing(Set<String> mediaTypes, long maxSize, int maxCount, PieceType pieceType) {
            return new FileUpload(
                    mediaTypes,
                    maxSize,
                    maxCount,
                    Objects.requireNonNull(pieceType, "pieceType").code());
        }

        @Override
        public String name() {
            return "file";
        }
    }

    /**
     * A number computed from other answers, never from the usager: the sum of the listed number fields (absent
     * answers count as zero). It is set in the normalised submission.
     *
     * @param sumOf the ids of the integer or decimal fields added, declared before this one
     */
    record Computed(List<String> sumOf) implements FieldType {
        /** Validates the type. */
        public Computed {
            sumOf = List.copyOf(sumOf);
            if (sumOf.isEmpty()) {
                throw new IllegalArgumentException("a computed value needs at least one field");
            }
        }

        @Override
        public String name() {
            return "computed";
        }

        @Override
        public boolean isInput() {
            return false;
        }
    }

    /**
     * A text displayed to the usager, without an answer.
     *
     * @param text the text
     */
    record Display(String text) implements FieldType {
        /** Validates the type. */
        public Display {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String name() {
            return "display";
        }

        @Override
        public boolean isInput() {
            return false;
        }
    }
}
