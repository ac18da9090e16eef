package fr.eadmin.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import fr.eadmin.forms.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates conditions against answers. Conditions are compiled once into {@link Compiled} predicates (patterns
 * compiled with RE2/J); evaluating never reads the condition again.
 */
public final class Conditions {
    private Conditions() {}

    /** What a compiled condition reads: answers by field id, occurrences by block id, and today. */
    public interface Scope {
        /**
         * The answer of a visible field, or a missing node.
         *
         * @param id the field id
         * @return the answer, or {@code MissingNode}
         */
        JsonNode answer(String id);

        /**
         * The number of occurrences of a visible block, 0 when hidden.
         *
         * @param id the block id
         * @return the count
         */
        int occurrences(String id);

        /**
         * Today's date in Europe/Paris.
         *
         * @return today
         */
        LocalDate today();
    }

    /** A compiled condition. */
    @FunctionalInterface
    public interface Compiled {
        /**
         * Whether the condition holds.
         *
         * @param scope the answers
         * @return whether it holds
         */
        boolean test(Scope scope);
    }

    /**
     * The field a leaf condition reads.
     *
     * @param condition a condition other than and, or, not, count
     * @return the field id
     */
    public static String fieldOf(Condition condition) {
        if (condition instanceof Condition.Compare c) {
            return c.field();
        } else if (condition instanceof Condition.Contains c) {
            return c.field();
        } else if (condition instanceof Condition.In c) {
            return c.field();
        } else if (condition instanceof Condition.Empty c) {
            return c.field();
        } else if (condition instanceof Condition.StartsWith c) {
            return c.field();
        } else if (condition instanceof Condition.Matches c) {
            return c.field();
        }
        throw new IllegalArgumentException("not a leaf condition: " + condition.op());
    }

    /**
     * Compiles a condition.
     *
     * @param condition the condition
     * @return the predicate
     */
    public static Compiled compile(Condition condition) {
        if (condition instanceof Condition.And and) {
            Compiled[] parts =
                    and.conditions().stream().map(Conditions::compile).toArray(Compiled[]::new);
            return scope -> {
                for (Compiled part : parts) {
                    if (!part.test(scope)) {
                        return false;
                    }
                }
                return true;
            };
        } else if (condition instanceof Condition.Or or) {
            Compiled[] parts = or.conditions().stream().map(Conditions::compile).toArray(Compiled[]::new);
            return scope -> {
                for (Compiled part : parts) {
                    if (part.test(scope)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (condition instanceof Condition.Not not) {
            Compiled part = compile(not.condition());
            return scope -> !part.test(scope);
        } else if (condition instanceof Condition.Count count) {
            return scope -> count.comparator().holds(Integer.compare(scope.occurrences(count.block()), count.value()));
        } else if (condition instanceof Condition.Compare compare) {
            return compare(compare);
        } else if (condition instanceof Condition.Contains contains) {
            return scope -> {
                JsonNode answer = scope.answer(contains.field());
                if (answer.isArray()) {
                    for (JsonNode item : answer) {
                        if (item.isTextual() && item.textValue().equals(contains.value())) {
                            return true;
                        }
                    }
                    return false;
                }
                return answer.isTextual() && answer.textValue().contains(contains.value());
            };
        } else if (condition instanceof Condition.In in) {
            return scope -> {
                JsonNode answer = scope.answer(in.field());
                boolean found = answer.isTextual() && in.values().contains(answer.textValue());
                return found != in.negated();
            };
        } else if (condition instanceof Condition.Empty empty) {
            return scope -> isEmpty(scope.answer(empty.field())) != empty.negated();
        } else if (condition instanceof Condition.StartsWith startsWith) {
            return scope -> {
                JsonNode answer = scope.answer(startsWith.field());
                return answer.isTextual() && answer.textValue().startsWith(startsWith.prefix());
            };
        } else if (condition instanceof Condition.Matches matches) {
            Pattern pattern = Patterns.compile(matches.pattern());
            return scope -> {
                JsonNode answer = scope.answer(matches.field());
                return answer.isTextual() && pattern.matches(answer.textValue());
            };
        }
        throw new IllegalArgumentException("unknown condition: " + condition.op());
    }

    /**
     * Whether an answer is empty: missing, null, blank text, empty array (an object never is).
     *
     * @param answer the answer
     * @return whether it is empty
     */
    public static boolean isEmpty(JsonNode answer) {
        return answer.isMissingNode()
                || answer.isNull()
                || answer.isTextual() && answer.textValue().isBlank()
                || answer.isArray() && answer.isEmpty();
    }

    private static Compiled compare(Condition.Compare compare) {
        Condition.Comparator comparator = compare.comparator();
        Condition.Literal literal = compare.value();
        // Interned as the validator interns the keys of its answers, so that the look-up matches by identity.
        String field = compare.field().intern();
        Function<Scope, @Nullable Integer> sign;
        if (literal instanceof Condition.Literal.Text text) {
            sign = scope -> {
                JsonNode answer = scope.answer(field);
                return answer.isTextual() ? answer.textValue().compareTo(text.value()) : null;
            };
        } else if (literal instanceof Condition.Literal.Bool bool) {
            sign = scope -> {
                JsonNode answer = scope.answer(field);
                return answer.isBoolean() ? Boolean.compare(answer.booleanValue(), bool.value()) : null;
            };
        } else if (literal instanceof Condition.Literal.Number number) {
            BigDecimal value = number.value();
            sign = scope -> {
                JsonNode answer = scope.answer(field);
                return answer.isNumber() ? answer.decimalValue().compareTo(value) : null;
            };
        } else {
            Condition.Literal.Date date = (Condition.Literal.Date) literal;
            sign = scope -> {
                JsonNode answer = scope.answer(field);
                if (!answer.isTextual()) {
                    return null;
                }
                LocalDate value = IsoDates.parse(answer.textValue());
                return value == null ? null : value.compareTo(date.value().resolve(scope.today()));
            };
        }
        return scope -> {
            Integer result = sign.apply(scope);
            return result == null ? comparator == Condition.Comparator.NE : comparator.holds(result);
        };
    }
}
