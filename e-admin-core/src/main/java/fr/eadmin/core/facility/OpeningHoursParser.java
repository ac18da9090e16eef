package fr.eadmin.core.facility;

import fr.eadmin.core.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and writes the {@code opening_hours} subset described in {@link OpeningHours}. */
final class OpeningHoursParser {
    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final String RULE_START =
            "expected a rule: weekdays (Mo, Tu, We, Th, Fr, Sa, Su), PH off, a date such as 2026 Dec 24, off or 24/7";

    /** Rules come in this order, as a later rule overrides an earlier one in opening_hours. */
    private static final int WEEKLY = 0;

    private static final int HOLIDAYS = 1;
    private static final int DATES = 2;
    private static final List<String> STAGE_RULES = List.of("weekday rules (and off, 24/7)", "'PH off'", "dated rules");

    private final String text;
    private int pos;
    private int stage = WEEKLY;

    private OpeningHoursParser(String text) {
        this.text = text;
    }

    static OpeningHours parse(String text, BusinessCalendar holidays) {
        OpeningHoursParser parser = new OpeningHoursParser(text);
        OpeningHours.Builder builder = OpeningHours.builder().holidays(holidays);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw parser.error("empty text: " + RULE_START);
        }
        while (true) {
            parser.rule(builder);
            parser.skipSpaces();
            if (parser.atEnd()) {
                break;
            }
            if (parser.peek() != ';') {
                throw parser.error("expected ';' between rules");
            }
            parser.pos++;
            parser.skipSpaces();
            if (parser.atEnd()) {
                throw parser.error("empty rule after ';'");
            }
        }
        return builder.build();
    }

    static TimeRange parseRange(String text) {
        OpeningHoursParser parser = new OpeningHoursParser(text);
        TimeRange range = parser.timeRange();
        if (!parser.atEnd()) {
            throw parser.error("unexpected text after the range");
        }
        return range;
    }

    static String formatDays(List<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size()
                    && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            String first = DAYS.get(days.get(i).getValue() - 1);
            String last = DAYS.get(days.get(j).getValue() - 1);
            if (j == i) {
                parts.add(first);
            } else if (j == i + 1) {
                parts.add(first + "," + last);
            } else {
                parts.add(first + "-" + last);
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }

    static String formatDate(LocalDate date) {
        return String.format(
                Locale.ROOT,
                "%04d %s %02d",
                date.getYear(),
                MONTHS.get(date.getMonthValue() - 1),
                date.getDayOfMonth());
    }

    /** Refuses a rule that comes after rules it would override: the subset keeps weekly, PH, dated. */
    private void enter(int ruleStage, int start) {
        if (ruleStage < stage) {
            pos = start;
            throw error(STAGE_RULES.get(ruleStage) + " must come before " + STAGE_RULES.get(stage)
                    + ": a later rule overrides an earlier one");
        }
        stage = ruleStage;
    }

    private void rule(OpeningHours.Builder builder) {
        int start = pos;
        if (text.startsWith("24/7", pos)) {
            enter(WEEKLY, start);
            pos += 4;
            for (DayOfWeek day : DayOfWeek.values()) {
                builder.on(day, new TimeRange(0, TimeRange.MINUTES_PER_DAY));
            }
            return;
        }
        if (isDigit(peek())) {
            enter(DATES, start);
            date(builder);
            return;
        }
        String word = word();
        switch (word) {
            case "off", "closed" -> {
                enter(WEEKLY, start);
                for (DayOfWeek day : DayOfWeek.values()) {
                    builder.on(day);
                }
            }
            case "PH" -> {
                enter(HOLIDAYS, start);
                publicHolidays(builder);
            }
            default -> {
                pos = start;
                if (MONTHS.contains(word)) {
                    throw error("a date needs its year, such as 2026 Dec 24; months and yearly dates are not"
                            + " supported");
                }
                if (!DAYS.contains(word) && DAYS.contains(capitalized(word))) {
                    throw error("unknown word '" + word + "': weekdays are written Mo, Tu, We, Th, Fr, Sa, Su");
                }
                if (!DAYS.contains(word)) {
                    throw error(word.isEmpty() ? RULE_START : "unknown word '" + word + "': " + RULE_START);
                }
                enter(WEEKLY, start);
                Set<DayOfWeek> days = weekdays();
                requireSpace("a space after the weekdays");
                List<TimeRange> ranges = body();
                for (DayOfWeek day : days) {
                    builder.on(day, ranges.toArray(TimeRange[]::new));
                }
            }
        }
    }

    private void publicHolidays(OpeningHours.Builder builder) {
        if (!atEnd() && peek() == ',') {
            throw error("PH cannot be combined with other selectors here; write 'PH off' as a rule of its own");
        }
        requireSpace("a space after PH");
        int at = pos;
        String word = word();
        if (!word.equals("off") && !word.equals("closed")) {
            pos = at;
            throw error("only 'PH off' is supported: on jours fériés a facility closes or keeps its usual hours");
        }
        builder.closedOnPublicHolidays(true);
    }

    private void date(OpeningHours.Builder builder) {
        int start = pos;
        int year = number(4, 4, "a year of four digits");
        requireSpace("a space after the year");
        int monthAt = pos;
        String month = word();
        int monthIndex = MONTHS.indexOf(month);
        if (monthIndex < 0) {
            pos = monthAt;
            throw error("expected a month: Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec");
        }
        requireSpace("a space after the month");
        int dayAt = pos;
        int day = number(1, 2, "a day of the month");
        LocalDate date;
        try {
            date = LocalDate.of(year, monthIndex + 1, day);
        } catch (DateTimeException e) {
            pos = dayAt;
            throw error("no such date: " + year + " " + month + " " + day);
        }
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            pos = start;
            throw error("year out of range " + BusinessCalendar.MIN_YEAR + "-" + BusinessCalendar.MAX_YEAR);
        }
        requireSpace("a space after the date");
        List<TimeRange> ranges = body();
        if (ranges.isEmpty()) {
            builder.closedOn(date);
        } else {
            builder.specialHours(date, ranges.toArray(TimeRange[]::new));
        }
    }

    private Set<DayOfWeek> weekdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (true) {
            DayOfWeek first = weekday();
            DayOfWeek last = first;
            if (!atEnd() && peek() == '-') {
                pos++;
                last = weekday();
            }
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
            if (atEnd() || peek() != ',') {
                return days;
            }
            pos++;
        }
    }

    private DayOfWeek weekday() {
        int at = pos;
        String word = word();
        if (word.equals("PH")) {
            pos = at;
            throw error("PH cannot be combined with weekdays here; write 'PH off' as a rule of its own");
        }
        int index = DAYS.indexOf(word);
        if (index < 0) {
            pos = at;
            throw error(
                    word.isEmpty()
                            ? "expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su"
                            : "unknown weekday '" + word + "': expected Mo, Tu, We, Th, Fr, Sa or Su");
        }
        return DayOfWeek.of(index + 1);
    }

    /** {@code off}, {@code closed}, or time ranges separated by commas; checked for overlaps. */
    private List<TimeRange> body() {
        int at = pos;
        String word = word();
        if (word.equals("off") || word.equals("closed")) {
            return List.of();
        }
        if (!word.isEmpty()) {
            pos = at;
            throw error("expected time ranges such as 08:30-12:00, or off");
        }
        List<TimeRange> ranges = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        while (true) {
            positions.add(pos);
            ranges.add(timeRange());
            if (atEnd() || peek() != ',') {
                break;
            }
            pos++;
            skipSpaces();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(ranges::get));
        for (int k = 1; k < order.size(); k++) {
            TimeRange previous = ranges.get(order.get(k - 1));
            TimeRange next = ranges.get(order.get(k));
            if (next.startMinute() < previous.endMinute()) {
                pos = positions.get(Math.max(order.get(k - 1), order.get(k)));
                throw error("ranges overlap: " + previous + " and " + next);
            }
        }
        return ranges;
    }

    private TimeRange timeRange() {
        int start = pos;
        int from = time("a time HH:MM");
        if (from == TimeRange.MINUTES_PER_DAY) {
            pos = start;
            throw error("a range cannot start at 24:00");
        }
        if (atEnd() || peek() != '-') {
            throw error("expected '-' between the start and the end of a range");
        }
        pos++;
        int to = time("an end time HH:MM");
        if (to <= from) {
            pos = start;
            throw error("the range ends before it starts; ranges over midnight are not supported,"
                    + " write them as two ranges on consecutive days");
        }
        return new TimeRange(from, to);
    }

    private int time(String expected) {
        int start = pos;
        if (!(pos + 5 <= text.length()
                && isDigit(text.charAt(pos))
                && isDigit(text.charAt(pos + 1))
                && text.charAt(pos + 2) == ':'
                && isDigit(text.charAt(pos + 3))
                && isDigit(text.charAt(pos + 4)))) {
            throw error("expected " + expected);
        }
        int hours = Integer.parseInt(text.substring(pos, pos + 2));
        int minutes = Integer.parseInt(text.substring(pos + 3, pos + 5));
        if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) {
            throw error("no such time: " + text.substring(start, start + 5) + " (00:00 to 24:00)");
        }
        pos += 5;
        return hours * 60 + minutes;
    }

    private int number(int minDigits, int maxDigits, String expected) {
        int start = pos;
        while (!atEnd() && isDigit(peek()) && pos - start < maxDigits) {
            pos++;
        }
        if (pos - start < minDigits || (!atEnd() && isDigit(peek()))) {
            pos = start;
            throw error("expected " + expected);
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private static String capitalized(String word) {
        return word.isEmpty()
                ? word
                : word.substring(0, 1).toUpperCase(Locale.ROOT)
                        + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private String word() {
        int start = pos;
        while (!atEnd() && Character.isLetter(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void requireSpace(String what) {
        if (atEnd() || peek() != ' ') {
            throw error("expected " + what);
        }
        skipSpaces();
        if (atEnd()) {
            throw error("the rule ends too early");
        }
    }

    private void skipSpaces() {
        while (!atEnd() && peek() == ' ') {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private OpeningHoursSyntaxException error(String reason) {
        return new OpeningHoursSyntaxException(text, pos, reason);
    }
}
