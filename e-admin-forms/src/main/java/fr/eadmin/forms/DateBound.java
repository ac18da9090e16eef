package fr.eadmin.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A date a date field or a condition compares with: a fixed date, or a date relative to today (in
 * {@code Europe/Paris}, by the validator's clock). Written {@code 2026-01-31}, {@code today},
 * {@code today-P18Y} or {@code today+P1M}.
 */
public sealed interface DateBound {
    /**
     * The date this bound stands for, today being {@code today}.
     *
     * @param today today's date
     * @return the date
     */
    LocalDate resolve(LocalDate today);

    /**
     * The text form of this bound, which {@link #parse} reads back.
     *
     * @return the text
     */
    String text();

    /**
     * Reads a bound.
     *
     * @param text {@code 2026-01-31}, {@code today}, {@code today-P18Y} or {@code today+P1M}
     * @return the bound
     * @throws IllegalArgumentException if the text is not a bound
     */
    static DateBound parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            if (text.equals("today")) {
                return new RelativeToToday(Period.ZERO);
            }
            if (text.startsWith("today+")) {
                return new RelativeToToday(Period.parse(text.substring(6)));
            }
            if (text.startsWith("today-")) {
                return new RelativeToToday(Period.parse(text.substring(6)).negated());
            }
            return new Fixed(LocalDate.parse(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "a date bound is an ISO date, today, today+<ISO period> or today-<ISO period>");
        }
    }

    /**
     * A fixed date.
     *
     * @param date the date
     */
    record Fixed(LocalDate date) implements DateBound {
        /** Validates the bound. */
        public Fixed {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate resolve(LocalDate today) {
            return date;
        }

        @Override
        public String text() {
            return date.toString();
        }
    }

    /**
     * A date relative to today.
     *
     * @param offset the period added to today (negative for the past)
     */
    record RelativeToToday(Period offset) implements DateBound {
        /** Validates the bound. */
        public RelativeToToday {
            Objects.requireNonNull(offset, "offset");
        }

        @Override
        public LocalDate resolve(LocalDate today) {
            return today.plus(offset);
        }

        @Override
        public String text() {
            if (offset.isZero()) {
                return "today";
            }
            return offset.isNegative() ? "today-" + offset.negated() : "today+" + offset;
        }
    }
}
