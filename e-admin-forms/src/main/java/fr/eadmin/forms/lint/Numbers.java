package fr.eadmin.forms.lint;

import fr.eadmin.forms.Condition;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Decides whether a number field can ever satisfy a comparison, from its bounds. */
final class Numbers {
    private Numbers() {}

    /**
     * Whether no answer within the bounds satisfies the comparison ({@code ne}: whether every answer does).
     *
     * @param comparator the comparator
     * @param value the compared value
     * @param min the least answer, or {@code null}
     * @param max the greatest answer, or {@code null}
     * @param integral whether answers are whole numbers
     * @return {@code true} when the comparison is decided by the bounds alone
     */
    static boolean impossible(
            Condition.Comparator comparator,
            BigDecimal value,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            boolean integral) {
        boolean belowMin = min != null && value.compareTo(min) < 0;
        boolean aboveMax = max != null && value.compareTo(max) > 0;
        boolean fractional = integral && value.stripTrailingZeros().scale() > 0;
        return switch (comparator) {
            case EQ, NE -> belowMin || aboveMax || fractional;
            case LT -> min != null && value.compareTo(min) <= 0;
            case LE -> belowMin;
            case GT -> max != null && value.compareTo(max) >= 0;
            case GE -> aboveMax;
        };
    }
}
