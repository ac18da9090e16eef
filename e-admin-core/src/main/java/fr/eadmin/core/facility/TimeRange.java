package fr.eadmin.core.facility;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A range of wall-clock time within one day, from its start (included) to its end (excluded), to the minute:
 * {@code 08:30-12:00}. The end may be midnight at the end of the day, written {@code 24:00}. Ranges that run past
 * midnight are written as two ranges on consecutive days.
 *
 * @param startMinute the start, in minutes after midnight, from 0 to 1439
 * @param endMinute the end, in minutes after midnight, from 1 to 1440 (24:00), after the start
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {
    /** Minutes in a day: the end minute of a range that ends at midnight ({@code 24:00}). */
    public static final int MINUTES_PER_DAY = 24 * 60;

    /**
     * Checks the bounds.
     *
     * @throws InvalidFacilityException if a bound is out of the day or the range does not end after it starts
     */
    public TimeRange {
        if (startMinute < 0 || startMinute >= MINUTES_PER_DAY) {
            throw new InvalidFacilityException("horaires", "a range starts between 00:00 and 23:59");
        }
        if (endMinute <= startMinute || endMinute > MINUTES_PER_DAY) {
            throw new InvalidFacilityException(
                    "horaires",
                    "a range ends after it starts and at 24:00 at the latest (" + text(startMinute) + "-"
                            + text(endMinute) + ")");
        }
    }

    /**
     * A range between two times of the same day.
     *
     * @param start the start, included
     * @param end the end, excluded, after {@code start}
     * @return the range
     * @throws InvalidFacilityException if {@code end} is not after {@code start}
     */
    public static TimeRange of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new TimeRange(minuteOf(start), minuteOf(end));
    }

    /**
     * A range from a time to midnight at the end of the day ({@code 24:00}).
     *
     * @param start the start, included
     * @return the range
     */
    public static TimeRange untilMidnight(LocalTime start) {
        Objects.requireNonNull(start, "start");
        return new TimeRange(minuteOf(start), MINUTES_PER_DAY);
    }

    /**
     * Reads a range written {@code HH:MM-HH:MM}, such as {@code 08:30-12:00} or {@code 18:00-24:00}.
     *
     * @param text the range
     * @return the range
     * @throws OpeningHoursSyntaxException if the text is not one range
     */
    public static TimeRange parse(String text) {
        Objects.requireNonNull(text, "text");
        return OpeningHoursParser.parseRange(text);
    }

    /**
     * The start time.
     *
     * @return the start, included
     */
    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /**
     * Whether the range ends at midnight at the end of the day ({@code 24:00}).
     *
     * @return true if it does
     */
    public boolean endsAtMidnight() {
        return endMinute == MINUTES_PER_DAY;
    }

    /**
     * Whether a minute of the day falls within the range.
     *
     * @param minuteOfDay minutes after midnight
     * @return true if {@code startMinute <= minuteOfDay < endMinute}
     */
    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }

    /**
     * Whether a time of day falls within the range (the start included, the end excluded).
     *
     * @param time the time of day
     * @return true if it does
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return contains(minuteOf(time));
    }

    /** Orders ranges by start, then by end. */
    @Override
    public int compareTo(TimeRange other) {
        int byStart = Integer.compare(startMinute, other.startMinute);
        return byStart != 0 ? byStart : Integer.compare(endMinute, other.endMinute);
    }

    /**
     * The range as {@code HH:MM-HH:MM}.
     *
     * @return the text, such as {@code 08:30-12:00}
     */
    @Override
    public String toString() {
        return text(startMinute) + "-" + text(endMinute);
    }

    static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static String text(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
