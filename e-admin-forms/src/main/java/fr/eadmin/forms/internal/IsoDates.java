package fr.eadmin.forms.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/** Dates of answers ({@code AAAA-MM-JJ}), read without building a parser's state or an exception each time. */
public final class IsoDates {
    private IsoDates() {}

    /**
     * The date of a text as {@link LocalDate#parse(CharSequence)} reads it. The usual {@code AAAA-MM-JJ} is read
     * digit by digit; anything else goes to {@code LocalDate.parse}.
     *
     * @param text the text
     * @return the date, or null when {@code LocalDate.parse} refuses the text
     */
    public static @Nullable LocalDate parse(String text) {
        if (text.length() == 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && digits(text, 0, 4)
                && digits(text, 5, 7)
                && digits(text, 8, 10)) {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
                return null;
            }
            return LocalDate.of(year, month, day);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
