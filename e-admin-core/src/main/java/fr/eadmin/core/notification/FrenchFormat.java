package fr.eadmin.core.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** Formats dates, times and numbers the French way, without depending on the JDK's locale data. */
final class FrenchFormat {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** No-break space: before a colon, inside guillemets, in "14 h 30". */
    static final char NBSP = '\u00A0';

    /** Narrow no-break space: before ; ! ?, between groups of digits. */
    static final char NNBSP = '\u202F';

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

    private FrenchFormat() {}

    /** {@code lundi 23 novembre 2026}, {@code mercredi 1er avril 2026}. */
    static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        return DAYS[date.getDayOfWeek().getValue() - 1] + " " + (day == 1 ? "1er" : Integer.toString(day)) + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code 23/11/2026}. */
    static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** {@code 14 h 30}, {@code 9 h}, {@code 0 h 05}, with the given space around the {@code h}. */
    static String time(LocalTime time, char space) {
        String hours = time.getHour() + String.valueOf(space) + "h";
        return time.getMinute() == 0 ? hours : hours + space + String.format("%02d", time.getMinute());
    }

    /** {@code lundi 23 novembre 2026 à 14 h 30} (long) or {@code 23/11/2026 à 14 h 30} (short). */
    static String dateTime(LocalDateTime dateTime, boolean longForm, char space) {
        LocalDate date = dateTime.toLocalDate();
        return (longForm ? longDate(date) : shortDate(date)) + " à " + time(dateTime.toLocalTime(), space);
    }

    /** {@code 1250}, {@code 12 500}, {@code -1 000 000}: digits grouped by three from 10,000 on. */
    static String integer(long value, char groupSeparator) {
        String digits = Long.toString(value);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (digits.length() <= 4) {
            return (negative ? "-" : "") + digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(groupSeparator).append(digits, i, i + 3);
        }
        return (negative ? "-" : "") + out;
    }
}
