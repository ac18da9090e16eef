package fr.eadmin.identity.franceconnect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as FranceConnect gives it: {@code YYYY-MM-DD}, where a person "présumé né" in a year or a
 * month has {@code 00} for the unknown day, or for the unknown month and day ({@code 1980-00-00}, {@code
 * 1980-04-00}).
 *
 * @param year the year
 * @param month the month 1 to 12, or 0 if unknown
 * @param day the day of the month, or 0 if unknown (always 0 if the month is)
 */
public record DateNaissancePivot(int year, int month, int day) {
    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    /** How much of a date of birth is known. */
    public enum Precision {
        /** Day, month and year. */
        DAY,
        /** Month and year: présumé né in that month. */
        MONTH,
        /** Year only: présumé né in that year. */
        YEAR
    }

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the year is before 1000, the month is over 12, a day is given
     *     without a month, or the day does not exist in the month
     */
    public DateNaissancePivot {
        if (year < 1000 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date of birth");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a date of birth", e);
            }
        }
    }

    /**
     * Reads FranceConnect's {@code birthdate}.
     *
     * @param text the claim
     * @return the date
     * @throws IllegalArgumentException if it is not {@code YYYY-MM-DD} with {@code 00} for unknown parts
     */
    public static DateNaissancePivot parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("a birthdate is YYYY-MM-DD");
        }
        return new DateNaissancePivot(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** {@return how much of the date is known} */
    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /**
     * The date an {@link fr.eadmin.core.usager.Individu} records. For a person présumé né, the last day of the
     * period, as the état civil fixes it when only the year is known (31 December; the last day of the month
     * when only the month is): {@link #precision()} tells the two apart.
     *
     * @return the date
     */
    public LocalDate toLocalDate() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    @Override
    public String toString() {
        return "DateNaissancePivot[" + precision() + "]";
    }
}
