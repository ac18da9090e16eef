package fr.eadmin.core.facility;

import fr.eadmin.core.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * When a facility is open: time ranges for each day of the week, optionally closed on the jours fériés of a {@link
 * BusinessCalendar}, and dated exceptions (closed on a date, or other hours on a date). Immutable.
 *
 * <p>On a given date the first rule that applies decides: a dated exception, then the jours fériés (when the
 * facility closes on them), then the day of the week. Times are wall-clock times in Europe/Paris: a range
 * {@code 08:30-12:00} is open from 08:30 to 12:00 local time whatever the UTC offset, so queries stay right across
 * the changes to and from summer time.
 *
 * <h2>Text form</h2>
 *
 * <p>{@link #format()} and {@link #parse(String)} use the subset of the OpenStreetMap <a
 * href="https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification">{@code opening_hours}</a> syntax that
 * the French open-data schemas (lieux, équipements publics) publish: rules separated by {@code "; "}, each one of
 *
 * <ul>
 *   <li>weekdays then time ranges or {@code off}: {@code Mo-Fr 08:30-12:00,13:30-17:30}, {@code Sa,Su 10:00-18:00},
 *       {@code We off} (days {@code Mo Tu We Th Fr Sa Su}, lists with {@code ,}, ranges with {@code -}, which may
 *       wrap as {@code Fr-Mo});
 *   <li>{@code PH off}: closed on the jours fériés;
 *   <li>a date then time ranges or {@code off}: {@code 2026 Dec 24 09:00-12:00}, {@code 2026 Dec 31 off};
 *   <li>{@code off} alone (closed every day unless a later rule opens it) and {@code 24/7} (open every day, all
 *       day).
 * </ul>
 *
 * <p>As in OpenStreetMap, a later rule for a day replaces an earlier one ({@code Mo-Fr 08:00-18:00; We off} closes
 * Wednesdays) and days no rule opens are closed. {@code closed} is read as {@code off}. The rules come in the order
 * of their precedence: weekday rules, then {@code PH off}, then dated rules ({@code PH off; Mo-Fr 09:00-17:00} would
 * reopen the jours fériés in OpenStreetMap, and is refused here). Anything else (months,
 * week numbers, sunrise, comments, {@code PH} with hours, ranges over midnight) is refused with an {@link
 * OpeningHoursSyntaxException} saying where and why.
 *
 * {@snippet :
 * OpeningHours mairie = OpeningHours.parse("Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off");
 * mairie.isOpenAt(ZonedDateTime.parse("2026-11-23T10:00+01:00[Europe/Paris]")); // true, a Monday
 * mairie.isOpenAt(ZonedDateTime.parse("2026-11-11T10:00+01:00[Europe/Paris]")); // false, Armistice 1918
 * mairie.nextOpening(ZonedDateTime.parse("2026-11-21T12:30+01:00[Europe/Paris]")); // Monday 23 at 08:30
 * }
 */
public final class OpeningHours {
    /** The zone the wall-clock times are in. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The longest interval {@link #isOpenDuring(ZonedDateTime, ZonedDateTime)} checks. */
    public static final Duration MAX_CHECKED_INTERVAL = Duration.ofDays(31);

    /** How far past the last dated exception {@link #nextOpening(ZonedDateTime)} looks. */
    private static final int SEARCH_DAYS = 400;

    private final Map<DayOfWeek, List<TimeRange>> week;
    private final boolean closedOnPublicHolidays;
    private final BusinessCalendar holidays;
    private final SortedMap<LocalDate, List<TimeRange>> exceptions;

    private OpeningHours(Builder builder) {
        EnumMap<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        builder.week.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                days.put(day, checked("horaires." + day, ranges));
            }
        });
        this.week = Collections.unmodifiableMap(days);
        this.closedOnPublicHolidays = builder.closedOnPublicHolidays;
        this.holidays = builder.holidays;
        TreeMap<LocalDate, List<TimeRange>> dated = new TreeMap<>();
        builder.exceptions.forEach((date, ranges) -> {
            if (date.getYear() < BusinessCalendar.MIN_YEAR || date.getYear() > BusinessCalendar.MAX_YEAR) {
                throw new InvalidFacilityException(
                        "horaires." + date,
                        "an exception's year is from " + BusinessCalendar.MIN_YEAR + " to "
                                + BusinessCalendar.MAX_YEAR);
            }
            dated.put(date, checked("horaires." + date, ranges));
        });
        this.exceptions = Collections.unmodifiableSortedMap(dated);
    }

    /**
     * Starts a schedule closed every day, open on jours fériés like other days, with the calendar of metropolitan
     * France.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this schedule, to change part of it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.week.putAll(week);
        builder.closedOnPublicHolidays = closedOnPublicHolidays;
        builder.holidays = holidays;
        builder.exceptions.putAll(exceptions);
        return builder;
    }

    /**
     * Reads the {@code opening_hours} text form (see the class documentation), with the jours fériés of
     * metropolitan France.
     *
     * @param text the text, such as {@code "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off"}
     * @return the schedule
     * @throws OpeningHoursSyntaxException if the text is malformed or outside the subset, with the position and
     *     the reason
     */
    public static OpeningHours parse(String text) {
        return parse(text, BusinessCalendar.france());
    }

    /**
     * Reads the {@code opening_hours} text form, with the jours fériés of a given calendar for {@code PH}: {@code
     * BusinessCalendar.forDepartement("57")} closes a facility in Moselle on Vendredi saint and on 26 décembre too.
     *
     * @param text the text
     * @param holidays the calendar whose jours fériés {@code PH} means
     * @return the schedule
     * @throws OpeningHoursSyntaxException if the text is malformed or outside the subset, with the position and
     *     the reason
     */
    public static OpeningHours parse(String text, BusinessCalendar holidays) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(holidays, "holidays");
        return OpeningHoursParser.parse(text, holidays);
    }

    /**
     * Writes the {@code opening_hours} text form: days with the same ranges grouped ({@code Mo-Fr}, {@code
     * Mo,We,Fr}), then {@code PH off} if the facility closes on jours fériés, then the dated exceptions in date
     * order. A schedule with no weekly range starts with {@code off}. {@code parse(format())} gives back an equal
     * schedule (with the calendar of the parse).
     *
     * @return the text, such as {@code "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off"}
     */
    public String format() {
        List<String> rules = new ArrayList<>();
        List<DayOfWeek> done = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = week.get(day);
            if (ranges == null || done.contains(day)) {
                continue;
            }
            List<DayOfWeek> same = new ArrayList<>();
            for (DayOfWeek other : DayOfWeek.values()) {
                if (ranges.equals(week.get(other))) {
                    same.add(other);
                }
            }
            done.addAll(same);
            rules.add(OpeningHoursParser.formatDays(same) + " " + formatRanges(ranges));
        }
        if (rules.isEmpty()) {
            rules.add("off");
        }
        if (closedOnPublicHolidays) {
            rules.add("PH off");
        }
        exceptions.forEach((date, ranges) -> rules.add(
                OpeningHoursParser.formatDate(date) + " " + (ranges.isEmpty() ? "off" : formatRanges(ranges))));
        return String.join("; ", rules);
    }

    private static String formatRanges(List<TimeRange> ranges) {
        return String.join(",", ranges.stream().map(TimeRange::toString).toList());
    }

    /**
     * The weekly ranges, by day; days without a range are closed and absent.
     *
     * @return the ranges of each open day, sorted by start
     */
    public Map<DayOfWeek, List<TimeRange>> week() {
        return week;
    }

    /**
     * The weekly ranges of one day of the week.
     *
     * @param day the day
     * @return its ranges sorted by start, empty when closed that day of the week
     */
    public List<TimeRange> on(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return week.getOrDefault(day, List.of());
    }

    /**
     * Whether the facility closes on the jours fériés of {@link #holidays()}.
     *
     * @return true for {@code PH off}
     */
    public boolean closedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    /**
     * The calendar whose jours fériés close the facility when {@link #closedOnPublicHolidays()}.
     *
     * @return the calendar
     */
    public BusinessCalendar holidays() {
        return holidays;
    }

    /**
     * The dated exceptions: an empty list closes the facility that day, otherwise the ranges replace the day's
     * usual hours.
     *
     * @return the exceptions by date
     */
    public SortedMap<LocalDate, List<TimeRange>> exceptions() {
        return exceptions;
    }

    /**
     * The ranges that apply on a date, after the dated exceptions and the jours fériés.
     *
     * @param date the date
     * @return the ranges sorted by start, empty when closed all day
     * @throws fr.eadmin.core.calendar.UnsupportedYearException if the facility closes on jours fériés and the date
     *     is outside the calendar's years
     */
    public List<TimeRange> rangesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<TimeRange> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (closedOnPublicHolidays && holidays.isHoliday(date)) {
            return List.of();
        }
        return on(date.getDayOfWeek());
    }

    /**
     * Why the facility is closed all day on a date, if it is: the dated exception, the jour férié, or the day of the
     * week.
     *
     * @param date the date
     * @return a French reason such as {@code "fermé : Armistice 1918"}, or empty if the facility opens that day
     */
    public Optional<String> closedAllDayReason(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!rangesOn(date).isEmpty()) {
            return Optional.empty();
        }
        if (exceptions.containsKey(date)) {
            return Optional.of("fermé : fermeture exceptionnelle");
        }
        if (closedOnPublicHolidays) {
            Optional<String> holiday = holidays.holidayName(date);
            if (holiday.isPresent()) {
                return Optional.of("fermé : " + holiday.get() + " (jour férié)");
            }
        }
        return Optional.of("fermé ce jour de la semaine");
    }

    /**
     * Whether the facility is open at an instant, read in Europe/Paris.
     *
     * @param time the instant, in any zone
     * @return true if a range of that local date contains that local time
     */
    public boolean isOpenAt(ZonedDateTime time) {
        Objects.requireNonNull(time, "time");
        LocalDateTime local = time.withZoneSameInstant(PARIS).toLocalDateTime();
        int minute = TimeRange.minuteOf(local.toLocalTime());
        for (TimeRange range : rangesOn(local.toLocalDate())) {
            if (range.contains(minute)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the facility is open at an instant.
     *
     * @param instant the instant
     * @return true if it is open then, in Europe/Paris
     */
    public boolean isOpenAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return isOpenAt(instant.atZone(PARIS));
    }

    /**
     * Whether the facility is open at every instant from {@code start} (included) to {@code end} (excluded), as a
     * booking of that interval needs: {@code firstClosing(start, end).isEmpty()}.
     *
     * @param start the start of the interval
     * @param end the end of the interval, after {@code start}
     * @return true if open throughout
     * @throws IllegalArgumentException if {@code end} is not after {@code start}, or the interval is longer than
     *     {@link #MAX_CHECKED_INTERVAL}
     */
    public boolean isOpenDuring(ZonedDateTime start, ZonedDateTime end) {
        return firstClosing(start, end).isEmpty();
    }

    /**
     * The first instant from {@code start} (included) to {@code end} (excluded) when the facility is closed: what
     * to tell a usager whose booking does not fit the opening hours.
     *
     * @param start the start of the interval
     * @param end the end of the interval, after {@code start}
     * @return the instant, in Europe/Paris ({@code start} itself if closed then), or empty if open throughout
     * @throws IllegalArgumentException if {@code end} is not after {@code start}, or the interval is longer than
     *     {@link #MAX_CHECKED_INTERVAL}
     */
    public Optional<ZonedDateTime> firstClosing(ZonedDateTime start, ZonedDateTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Instant from = start.toInstant();
        Instant to = end.toInstant();
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the interval must end after it starts");
        }
        if (Duration.between(from, to).compareTo(MAX_CHECKED_INTERVAL) > 0) {
            throw new IllegalArgumentException(
                    "the interval is longer than " + MAX_CHECKED_INTERVAL.toDays() + " days");
        }
        if (!isOpenAt(from)) {
            return Optional.of(from.atZone(PARIS));
        }
        // Openness changes only on whole minutes (ranges are in minutes, offsets change on whole hours).
        Instant minute = from.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        for (; minute.isBefore(to); minute = minute.plusSeconds(60)) {
            if (!isOpenAt(minute)) {
                return Optional.of(minute.atZone(PARIS));
            }
        }
        return Optional.empty();
    }

    /**
     * The first instant at or after {@code from} when the facility is open: {@code from} itself if it is open
     * then, otherwise the start of the next range (in Europe/Paris; a range starting in the hour skipped when
     * summer time begins opens when the clocks jump).
     *
     * @param from where to start looking
     * @return the instant, in Europe/Paris, or empty if the facility never opens again (no weekly range and no
     *     later dated exception)
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
        Objects.requireNonNull(from, "from");
        ZonedDateTime start = from.withZoneSameInstant(PARIS);
        if (isOpenAt(start)) {
            return Optional.of(start);
        }
        LocalDate date = start.toLocalDate();
        LocalDate last = date.plusDays(SEARCH_DAYS);
        if (!exceptions.isEmpty() && exceptions.lastKey().isAfter(date)) {
            last = exceptions.lastKey().plusDays(SEARCH_DAYS);
        }
        if (week.isEmpty()) {
            SortedMap<LocalDate, List<TimeRange>> later = exceptions.tailMap(date);
            if (later.values().stream().allMatch(List::isEmpty)) {
                return Optional.empty();
            }
        }
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            List<TimeRange> ranges = rangesOn(date);
            if (ranges.isEmpty()) {
                continue;
            }
            // Opening happens when a range starts, or when the clocks change back into a range.
            List<ZonedDateTime> candidates = new ArrayList<>();
            for (TimeRange range : ranges) {
                candidates.addAll(startsOf(date, range.start()));
            }
            ZoneOffsetTransition change =
                    PARIS.getRules().nextTransition(date.atStartOfDay(PARIS).toInstant());
            if (change != null
                    && change.getInstant().atZone(PARIS).toLocalDate().equals(date)) {
                candidates.add(change.getInstant().atZone(PARIS));
            }
            @Nullable ZonedDateTime best = null;
            for (ZonedDateTime candidate : candidates) {
                if (!candidate.isBefore(start) && isOpenAt(candidate) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The instants at which a local time of a date begins: two in an autumn overlap, the jump in a spring gap. */
    private static List<ZonedDateTime> startsOf(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = PARIS.getRules().getTransition(local);
        if (transition == null) {
            return List.of(local.atZone(PARIS));
        }
        if (transition.isGap()) {
            return List.of(transition.getInstant().atZone(PARIS));
        }
        ZonedDateTime earlier = ZonedDateTime.ofLocal(local, PARIS, transition.getOffsetBefore());
        return List.of(earlier, earlier.withLaterOffsetAtOverlap());
    }

    private static List<TimeRange> checked(String field, List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        for (TimeRange range : sorted) {
            Objects.requireNonNull(range, field);
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new InvalidFacilityException(
                        field, "ranges overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OpeningHours that
                && week.equals(that.week)
                && closedOnPublicHolidays == that.closedOnPublicHolidays
                && holidays.equals(that.holidays)
                && exceptions.equals(that.exceptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(week, closedOnPublicHolidays, holidays, exceptions);
    }

    /**
     * The text form, as {@link #format()}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format();
    }

    /** Builds an {@link OpeningHours}; every day starts closed. */
    public static final class Builder {
        private final EnumMap<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        private boolean closedOnPublicHolidays;
        private BusinessCalendar holidays = BusinessCalendar.france();
        private final TreeMap<LocalDate, List<TimeRange>> exceptions = new TreeMap<>();

        private Builder() {}

        /**
         * Sets the ranges of one day of the week, replacing what it had.
         *
         * @param day the day
         * @param ranges its ranges, none to close it
         * @return this builder
         */
        public Builder on(DayOfWeek day, TimeRange... ranges) {
            Objects.requireNonNull(day, "day");
            week.put(day, List.of(ranges));
            return this;
        }

        /**
         * Sets the same ranges on every day from {@code first} to {@code last} (wrapping past Sunday if {@code last}
         * comes before {@code first}), replacing what they had.
         *
         * @param first the first day, such as Monday
         * @param last the last day, such as Friday
         * @param ranges the ranges, none to close those days
         * @return this builder
         */
        public Builder between(DayOfWeek first, DayOfWeek last, TimeRange... ranges) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                on(day, ranges);
                if (day == last) {
                    return this;
                }
            }
        }

        /**
         * Closes the facility on the jours fériés of the calendar ({@code PH off}).
         *
         * @param closed true to close on jours fériés
         * @return this builder
         */
        public Builder closedOnPublicHolidays(boolean closed) {
            this.closedOnPublicHolidays = closed;
            return this;
        }

        /**
         * The calendar whose jours fériés close the facility, {@link BusinessCalendar#france()} unless set: {@code
         * BusinessCalendar.forCommune(codeInsee)} gives Alsace-Moselle's its two more.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder holidays(BusinessCalendar calendar) {
            this.holidays = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Closes the facility on a date, whatever the usual hours.
         *
         * @param date the date
         * @return this builder
         */
        public Builder closedOn(LocalDate date) {
            Objects.requireNonNull(date, "date");
            exceptions.put(date, List.of());
            return this;
        }

        /**
         * Opens the facility on a date with other hours than usual (a jour férié included).
         *
         * @param date the date
         * @param ranges the ranges of that date, at least one
         * @return this builder
         * @throws InvalidFacilityException if no range is given
         */
        public Builder specialHours(LocalDate date, TimeRange... ranges) {
            Objects.requireNonNull(date, "date");
            if (ranges.length == 0) {
                throw new InvalidFacilityException("horaires." + date, "special hours need a range; use closedOn");
            }
            exceptions.put(date, List.of(ranges));
            return this;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule
         * @throws InvalidFacilityException if ranges overlap on a day or a date
         */
        public OpeningHours build() {
            return new OpeningHours(this);
        }
    }
}
