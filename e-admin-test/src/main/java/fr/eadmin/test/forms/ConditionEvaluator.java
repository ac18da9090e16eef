package fr.eadmin.test.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.Condition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates conditions over normalised answers, written here from the documented semantics of {@link Condition}
 * rather than borrowed from the validator, so that generated submissions test the validator against the
 * documentation. Regular expressions are evaluated with {@code java.util.regex}, which agrees with RE2 on the
 * common syntax (classes, groups, alternation, quantifiers) but not on every construct.
 */
final class ConditionEvaluator {
    private final LocalDate today;
    private final ObjectNode answers;
    private final @Nullable ObjectNode occurrence;

    ConditionEvaluator(LocalDate today, ObjectNode answers, @Nullable ObjectNode occurrence) {
        this.today = today;
        this.answers = answers;
        this.occurrence = occurrence;
    }

    boolean holds(@Nullable Condition condition) {
        return condition == null || test(condition);
    }

    private JsonNode answer(String id) {
        if (occurrence != null && occurrence.has(id)) {
            return occurrence.get(id);
        }
        JsonNode value = answers.get(id);
        return value == null ? MissingNode.getInstance() : value;
    }

    static boolean isEmpty(JsonNode answer) {
        return answer.isMissingNode()
                || answer.isNull()
                || answer.isTextual() && answer.textValue().isBlank()
                || answer.isArray() && answer.isEmpty();
    }

    private boolean test(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.conditions().stream().allMatch(this::test);
        } else if (condition instanceof Condition.Or or) {
            return or.conditions().stream().anyMatch(this::test);
        } else if (condition instanceof Condition.Not not) {
            return !test(not.condition());
        } else if (condition instanceof Condition.Count count) {
            JsonNode block = answers.get(count.block());
            int size = block != null && block.isArray() ? block.size() : 0;
            return count.comparator().holds(Integer.compare(size, count.value()));
        } else if (condition instanceof Condition.Compare compare) {
            return compare(compare);
        } else if (condition instanceof Condition.Contains contains) {
            JsonNode answer = answer(contains.field());
            if (answer.isArray()) {
                for (JsonNode item : answer) {
                    if (item.isTextual() && item.textValue().equals(contains.value())) {
                        return true;
                    }
                }
                return false;
            }
            return answer.isTextual() && answer.textValue().contains(contains.value());
        } else if (condition instanceof Condition.In in) {
            JsonNode answer = answer(in.field());
            return (answer.isTextual() && in.values().contains(answer.textValue())) != in.negated();
        } else if (condition instanceof Condition.Empty empty) {
            return isEmpty(answer(empty.field())) != empty.negated();
        } else if (condition instanceof Condition.StartsWith startsWith) {
            JsonNode answer = answer(startsWith.field());
            return answer.isTextual() && answer.textValue().startsWith(startsWith.prefix());
        }
        Condition.Matches matches = (Condition.Matches) condition;
        JsonNode answer = answer(matches.field());
        return answer.isTextual()
                && Pattern.compile(matches.pattern())
                        .matcher(answer.textValue())
                        .matches();
    }

    private boolean compare(Condition.Compare compare) {
        JsonNode answer = answer(compare.field());
        Condition.Literal literal = compare.value();
        Integer sign;
        if (literal instanceof Condition.Literal.Text text) {
            sign = answer.isTextual() ? Integer.valueOf(answer.textValue().compareTo(text.value())) : null;
        } else if (literal instanceof Condition.Literal.Bool bool) {
            sign = answer.isBoolean() ? Integer.valueOf(Boolean.compare(answer.booleanValue(), bool.value())) : null;
        } else if (literal instanceof Condition.Literal.Number number) {
            sign = answer.isNumber() ? Integer.valueOf(answer.decimalValue().compareTo(number.value())) : null;
        } else {
            sign = dateSign(answer, (Condition.Literal.Date) literal);
        }
        return sign == null
                ? compare.comparator() == Condition.Comparator.NE
                : compare.comparator().holds(sign);
    }

    private @Nullable Integer dateSign(JsonNode answer, Condition.Literal.Date date) {
        if (!answer.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(answer.textValue()).compareTo(date.value().resolve(today));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
