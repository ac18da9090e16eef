package fr.eadmin.forms;

import fr.eadmin.forms.internal.Patterns;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A typed expression over the answers of a form, used for the visibility of pages, sections, blocks and fields
 * and for the exit rules of pages. No script is ever run: a condition is one of the operators below, written in
 * JSON with its {@code op}:
 *
 * {@snippet lang="json" :
 * {"op": "and", "conditions": [
 *     {"op": "eq", "field": "tarif", "value": "quotient"},
 *     {"op": "lt", "field": "naissance", "value": "today-P18Y"},
 *     {"op": "count", "block": "enfants", "compare": "ge", "value": 2}]}
 * }
 *
 * <p>A condition names fields declared before the node it applies to. Inside a block occurrence, a field id
 * names the field of that occurrence first. A hidden or unanswered field is empty: every comparison with it is
 * false, except {@code ne} and {@code not-in}, which hold.
 */
public sealed interface Condition {
    /**
     * The operator, as written in JSON.
     *
     * @return the operator
     */
    String op();

    /**
     * All the conditions hold ({@code and}).
     *
     * @param conditions the conditions, at least one
     */
    record And(List<Condition> conditions) implements Condition {
        /** Validates the condition. */
        public And {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("and needs at least one condition");
            }
        }

        @Override
        public String op() {
            return "and";
        }
    }

    /**
     * At least one of the conditions holds ({@code or}).
     *
     * @param conditions the conditions, at least one
     */
    record Or(List<Condition> conditions) implements Condition {
        /** Validates the condition. */
        public Or {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("or needs at least one condition");
            }
        }

        @Override
        public String op() {
            return "or";
        }
    }

    /**
     * The condition does not hold ({@code not}).
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /** Validates the condition. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public String op() {
            return "not";
        }
    }

    /** How a comparison compares. */
    enum Comparator {
        /** Equal ({@code eq}). */
        EQ("eq"),
        /** Not equal ({@code ne}). */
        NE("ne"),
        /** Less than ({@code lt}); for dates, before. */
        LT("lt"),
        /** Less than or equal ({@code le}). */
        LE("le"),
        /** Greater than ({@code gt}); for dates, after. */
        GT("gt"),
        /** Greater than or equal ({@code ge}). */
        GE("ge");

        private final String op;

        Comparator(String op) {
            this.op = op;
        }

        /**
         * The operator as written in JSON.
         *
         * @return {@code eq}, {@code ne}, {@code lt}, {@code le}, {@code gt} or {@code ge}
         */
        public String op() {
            return op;
        }

        /**
         * Whether a comparison result ({@code compareTo}) satisfies this comparator.
         *
         * @param comparison the sign of the comparison of the answer with the value
         * @return whether it holds
         */
        public boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    /** A value a field's answer is compared with. */
    sealed interface Literal {
        /**
         * A text, compared with text answers (choices, texts, identifiers).
         *
         * @param value the text
         */
        record Text(String value) implements Literal {
            /** Validates the literal. */
            public Text {
                Objects.requireNonNull(value, "value");
            }
        }

        /**
         * A number, compared with integer, decimal and computed answers.
         *
         * @param value the number
         */
        record Number(BigDecimal value) implements Literal {
            /** Validates the literal. */
            public Number {
                Objects.requireNonNull(value, "value");
            }
        }

        /**
         * A boolean, compared with yes/no and checkbox answers.
         *
         * @param value the boolean
         */
        record Bool(boolean value) implements Literal {}

        /**
         * A date, possibly relative to today, compared with date answers.
         *
         * @param value the date
         */
        record Date(DateBound value) implements Literal {
            /** Validates the literal. */
            public Date {
                Objects.requireNonNull(value, "value");
            }
        }
    }

    /**
     * The answer compared with a value. {@code eq} and {@code ne} take any literal; the ordering comparators
     * take a number or a date.
     *
     * @param comparator how to compare
     * @param field the field whose answer is compared
     * @param value the value compared with
     */
    record Compare(Comparator comparator, String field, Literal value) implements Condition {
        /** Validates the condition. */
        public Compare {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (comparator != Comparator.EQ
                    && comparator != Comparator.NE
                    && !(value instanceof Literal.Number || value instanceof Literal.Date)) {
                throw new IllegalArgumentException(comparator.op() + " compares with a number or a date");
            }
        }

        @Override
        public String op() {
            return comparator.op();
        }
    }

    /**
     * The answer contains the value: a multiple choice has it among its values, a text has it as a substring.
     *
     * @param field the field
     * @param value the value looked for
     */
    record Contains(String field, String value) implements Condition {
        /** Validates the condition. */
        public Contains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String op() {
            return "contains";
        }
    }

    /**
     * The answer is one of the values ({@code in}), or is not ({@code not-in}, which holds for an empty answer).
     *
     * @param field the field
     * @param values the values
     * @param negated {@code true} for {@code not-in}
     */
    record In(String field, List<String> values, boolean negated) implements Condition {
        /** Validates the condition. */
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException((negated ? "not-in" : "in") + " needs at least one value");
            }
        }

        @Override
        public String op() {
            return negated ? "not-in" : "in";
        }
    }

    /**
     * The answer is empty ({@code empty}: absent, blank, an empty array), or is not ({@code not-empty}).
     *
     * @param field the field
     * @param negated {@code true} for {@code not-empty}
     */
    record Empty(String field, boolean negated) implements Condition {
        /** Validates the condition. */
        public Empty {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String op() {
            return negated ? "not-empty" : "empty";
        }
    }

    /**
     * The text answer starts with the prefix.
     *
     * @param field the field
     * @param prefix the prefix
     */
    record StartsWith(String field, String prefix) implements Condition {
        /** Validates the condition. */
        public StartsWith {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public String op() {
            return "starts-with";
        }
    }

    /**
     * The whole text answer matches a regular expression, in RE2 syntax: matching takes a time linear in the
     * length of the text, whatever the expression.
     *
     * @param field the field
     * @param pattern the expression
     */
    record Matches(String field, String pattern) implements Condition {
        /** Validates the condition, including the syntax of the expression. */
        public Matches {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
            Patterns.compile(pattern);
        }

        @Override
        public String op() {
            return "matches";
        }
    }

    /**
     * The number of occurrences of a block compared with a number ({@code count}); a hidden block has none.
     *
     * @param block the block
     * @param comparator how to compare
     * @param value the number compared with
     */
    record Count(String block, Comparator comparator, int value) implements Condition {
        /** Validates the condition. */
        public Count {
            Objects.requireNonNull(block, "block");
            Objects.requireNonNull(comparator, "comparator");
        }

        @Override
        public String op() {
            return "count";
        }
    }

    /**
     * Shortcut for {@code eq} with a text.
     *
     * @param field the field
     * @param value the text
     * @return the condition
     */
    static Condition eq(String field, String value) {
        return new Compare(Comparator.EQ, field, new Literal.Text(value));
    }

    /**
     * Shortcut for {@code and}.
     *
     * @param conditions the conditions
     * @return the condition
     */
    static Condition and(Condition... conditions) {
        return new And(List.of(conditions));
    }

    /**
     * Shortcut for {@code or}.
     *
     * @param conditions the conditions
     * @return the condition
     */
    static Condition or(Condition... conditions) {
        return new Or(List.of(conditions));
    }
}
