package fr.eadmin.core.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * French typography for amounts, dates, times, numbers and sizes: {@code 1 234,50 €} (a narrow no-break space
 * U+202F between groups of digits, a no-break space U+00A0 before the euro sign), {@code 2 mars 2026},
 * {@code lundi 2 mars 2026 à 9 h 30}, {@code 02/03/2026}, in Europe/Paris. Independent of the JDK's locale
 * data, so the output is the same on every machine.
 *
 * {@snippet :
 * FrenchFormats.euros(123450);                      // "1 234,50 €"
 * FrenchFormats.date(LocalDate.of(2026, 3, 2));     // "2 mars 2026"
 * }
 */
public final class FrenchFormats {
    /** The time zone of every date e-admin writes for people. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** No-break space: before a colon and the euro sign, inside guillemets, around the {@code h} of a time. */
    public static final char NBSP = '\u00A0';

    /** Narrow no-break space: before ; ! ?, between groups of three digits. */
    public static final char NNBSP = '\u202F';

    private static final String[] DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    private static final String[] MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };

    private FrenchFormats() {}

    /**
     * An amount in euros: {@code 0,05 €}, {@code 1 234,50 €}, {@code -12,00 €}.
     *
     * @param cents the amount in euro cents, any value
     * @return the amount with two decimals, digits grouped by three from a thousand on
     */
    public static String euros(long cents) {
        String digits = Long.toString(cents);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (digits.length() < 3) {
            digits = "00".substring(digits.length() - 1) + digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        group(out, digits, digits.length() - 2, NNBSP);
        return out.append(',')
                .append(digits, digits.length() - 2, digits.length())
                .append(NBSP)
                .append('€')
                .toString();
    }

    /**
     * A whole number: {@code 1250}, {@code 12 500}, {@code -1 000 000}: digits grouped by three from 10 000 on,
     * a four-digit number staying whole as French typography allows.
     *
     * @param value the number
     * @param groupSeparator the character between groups: {@link #NNBSP} in typeset text, a space in plain text
     * @return the French form
     */
    public static String integer(long value, char groupSeparator) {
        String digits = Long.toString(value);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (digits.length() <= 4) {
            return (negative ? "-" : "") + digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        group(out, digits, digits.length(), groupSeparator);
        return out.toString();
    }

    /** Appends the first {@code length} digits grouped by three from the right. */
    private static void group(StringBuilder out, String digits, int length, char separator) {
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, 0, first);
        for (int i = first; i < length; i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
    }

    /**
     * A day: {@code 2 mars 2026}, {@code 1er avril 2026}.
     *
     * @param date the day
     * @return the French form
     */
    public static String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : Integer.toString(day)) + " " + MONTHS[date.getMonthValue() - 1] + " "
                + date.getYear();
    }

    /**
     * A day with its name: {@code lundi 2 mars 2026}, {@code mercredi 1er avril 2026}.
     *
     * @param date the day
     * @return the French form
     */
    public static String longDate(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1] + " " + date(date);
    }

    /**
     * A day in figures: {@code 02/03/2026}.
     *
     * @param date the day
     * @return the French form
     */
    public static String shortDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        StringBuilder out = new StringBuilder(10);
        twoDigits(out, date.getDayOfMonth()).append('/');
        twoDigits(out, date.getMonthValue()).append('/');
        return out.append(date.getYear()).toString();
    }

    /**
     * A time: {@code 14 h 30}, {@code 9 h}, {@code 0 h 05}.
     *
     * @param time the time, shown to the minute
     * @param space the space around the {@code h}: {@link #NBSP} in typeset text, a space in plain text
     * @return the French form
     */
    public static String time(LocalTime time, char space) {
        StringBuilder out =
                new StringBuilder(10).append(time.getHour()).append(space).append('h');
        if (time.getMinute() != 0) {
            twoDigits(out.append(space), time.getMinute());
        }
        return out.toString();
    }

    /**
     * A day and a time: {@code lundi 23 novembre 2026 à 14 h 30} (long) or {@code 23/11/2026 à 14 h 30} (short).
     *
     * @param dateTime the local date and time
     * @param longForm whether the day is written with its name and month in words
     * @param space the space around the {@code h}
     * @return the French form
     */
    public static String dateTime(LocalDateTime dateTime, boolean longForm, char space) {
        LocalDate date = dateTime.toLocalDate();
        return (longForm ? longDate(date) : shortDate(date)) + " à " + time(dateTime.toLocalTime(), space);
    }

    /**
     * An instant in Europe/Paris, long form with no-break spaces: {@code lundi 2 mars 2026 à 9 h 30}.
     *
     * @param instant the instant
     * @return the French form, to the minute
     */
    public static String dateTime(Instant instant) {
        return dateTime(LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), PARIS), true, NBSP);
    }

    /**
     * A size in bytes: {@code 512 octets}, {@code 12,4 Ko}, {@code 3,2 Mo}.
     *
     * @param bytes the size, zero or more
     * @return the French form
     */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + String.valueOf(NBSP) + (bytes < 2 ? "octet" : "octets");
        }
        double value = bytes / 1024.0;
        String unit = "Ko";
        if (value >= 1024) {
            value /= 1024;
            unit = "Mo";
        }
        if (value >= 1024) {
            value /= 1024;
            unit = "Go";
        }
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "," + (tenths % 10) + NBSP + unit;
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return (value < 10 ? out.append('0') : out).append(value);
    }
}
