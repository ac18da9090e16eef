package fr.eadmin.core.calendar;

import fr.eadmin.core.identifier.CodeInsee;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The days on which a French administration works: its working week (Monday to Friday by default) less the jours
 * fériés of its territory and its own closure days. Immutable and safe to share between threads; each calendar
 * computes a year once, on first use, so a town builds its calendar once and computes thousands of deadlines with
 * it.
 *
 * {@snippet :
 * BusinessCalendar metz = BusinessCalendar.forDepartement("57")
 *         .withClosure(LocalDate.of(2026, 5, 15), "Pont de l'Ascension");
 * metz.isBusinessDay(LocalDate.of(2026, 4, 3)); // false: Vendredi saint
 * metz.plusBusinessDays(LocalDate.of(2026, 5, 13), 1); // 2026-05-18: Ascension, then the pont, then the weekend
 * }
 *
 * <h2>Jours fériés</h2>
 *
 * <ul>
 *   <li>{@link #france()}: the eleven fêtes légales of the Code du travail, article L3133-1: 1 janvier, lundi de
 *       Pâques, 1 mai, 8 mai, Ascension, lundi de Pentecôte, 14 juillet, Assomption (15 août), Toussaint
 *       (1 novembre), 11 novembre and Noël (25 décembre). Easter Sunday is computed for every year by the Gregorian
 *       computus (see {@link #easterSunday(Year)}); Easter Monday, Ascension and Whit Monday are 1, 39 and 50 days
 *       after it.
 *   <li>The <b>lundi de Pentecôte</b> stays a jour férié here. Since 2004 it was the default date of the journée de
 *       solidarité (Code du travail L3133-7 and following), and since 2008 that day is set by agreement or, in the
 *       public service, by the employer's decision, often on another day; but the lundi de Pentecôte itself has never
 *       left the list of L3133-1, and the rule that extends a delay ending on a jour férié (code de procédure civile,
 *       article 642) looks at that list, not at whether agents worked. A town that opens its counters that day keeps
 *       a correct calendar: opening a holiday does not shorten anybody's delay.
 *   <li>{@link #alsaceMoselle()}: for Bas-Rhin, Haut-Rhin and Moselle, the local law kept from the ordinance of
 *       16 August 1892 and codified in the Code du travail, article L3134-13, adds the 26 décembre (Saint-Étienne)
 *       and the Vendredi saint (two days before Easter). In law the Vendredi saint is a holiday only in communes that
 *       have a Protestant temple or a mixed church; it is applied here to the whole of the three departments, as is the
 *       general practice there. A commune where it is not a holiday can use {@link #france()} and add the
 *       26 décembre of each year it needs as a closure day.
 *   <li>Overseas, the commemoration of the abolition of slavery is a jour férié (loi n° 83-550 of 30 June 1983,
 *       Code du travail L3422-2, and for public agents Code général de la fonction publique L651-2), on the date set
 *       by décret n° 83-1003 of 23 November 1983 as amended: Guadeloupe 27 mai, Martinique 22 mai, Guyane 10 juin,
 *       La Réunion 20 décembre, Mayotte 27 avril, Saint-Barthélemy 9 octobre (décret n° 2012-553) and Saint-Martin
 *       28 mai. For Saint-Martin the decree of 2012 said 27 mai; the move to 28 mai voted by the conseil territorial
 *       on 5 November 2015 was published with a material error ("28 mars"), and since 2018 interministerial
 *       circulars and the préfecture have fixed the holiday on 28 mai, which is what the collectivité observes.
 *   <li>Days that are customarily off but are not jours fériés in law are not included: for instance, in the
 *       Antilles, the 21 juillet (fête Victor Schœlcher, whose 1914 basis in Guadeloupe lapsed with the law of 1983),
 *       Mardi gras and Mercredi des Cendres. A town whose offices close on them adds them with {@link
 *       #withClosure(LocalDate, String)}.
 * </ul>
 *
 * <p>The calendar applies today's law to every year from {@value #MIN_YEAR} to {@value #MAX_YEAR}: it is not a
 * history of when each holiday was created (the 8 mai, for instance, was not a holiday from 1959 to 1981).
 *
 * <h2>Business days</h2>
 *
 * <p>A business day is a day of the {@linkplain #workingWeek() working week} that is neither a jour férié nor a
 * closure day. The working week is {@link WorkingWeek#MONDAY_TO_FRIDAY} (jours ouvrés) unless {@link
 * #withWorkingWeek(WorkingWeek)} says Monday to Saturday (jours ouvrables). Counting is done a week at a time and
 * adjusted with per-year tables of closed days, never by walking day after day across years.
 */
public final class BusinessCalendar {
    /** The first supported year: the first full year of the Gregorian calendar (adopted in France in December 1582). */
    public static final int MIN_YEAR = 1583;

    /** The last supported year. */
    public static final int MAX_YEAR = 9999;

    private static final String ABOLITION = "Abolition de l'esclavage";

    private static final List<HolidayRule> FRANCE_RULES = List.of(
            HolidayRule.fixed(1, 1, "Jour de l'an"),
            HolidayRule.easter(1, "Lundi de Pâques"),
            HolidayRule.fixed(5, 1, "Fête du Travail"),
            HolidayRule.fixed(5, 8, "Victoire 1945"),
            HolidayRule.easter(39, "Ascension"),
            HolidayRule.easter(50, "Lundi de Pentecôte"),
            HolidayRule.fixed(7, 14, "Fête nationale"),
            HolidayRule.fixed(8, 15, "Assomption"),
            HolidayRule.fixed(11, 1, "Toussaint"),
            HolidayRule.fixed(11, 11, "Armistice 1918"),
            HolidayRule.fixed(12, 25, "Noël"));

    private static final BusinessCalendar FRANCE = of("France", FRANCE_RULES);

    private static final BusinessCalendar ALSACE_MOSELLE = of(
            "Alsace-Moselle",
            plus(FRANCE_RULES, HolidayRule.easter(-2, "Vendredi saint"), HolidayRule.fixed(12, 26, "Saint-Étienne")));

    private static final Map<String, BusinessCalendar> OVERSEAS = Map.of(
            "971", overseas("Guadeloupe", 5, 27),
            "972", overseas("Martinique", 5, 22),
            "973", overseas("Guyane", 6, 10),
            "974", overseas("La Réunion", 12, 20),
            "976", overseas("Mayotte", 4, 27),
            "977", overseas("Saint-Barthélemy", 10, 9),
            "978", overseas("Saint-Martin", 5, 28));

    private static final Map<String, String> OUTSIDE_CODE_DU_TRAVAIL = Map.of(
            "984", "Terres australes et antarctiques françaises",
            "986", "Wallis-et-Futuna",
            "987", "Polynésie française",
            "988", "Nouvelle-Calédonie",
            "989", "Clipperton");

    private final String name;
    private final ClosedDays closedDays;
    private final WorkingWeek workingWeek;

    private BusinessCalendar(String name, ClosedDays closedDays, WorkingWeek workingWeek) {
        this.name = name;
        this.closedDays = closedDays;
        this.workingWeek = workingWeek;
    }

    private static BusinessCalendar of(String name, List<HolidayRule> rules) {
        return new BusinessCalendar(name, new ClosedDays(rules, new TreeMap<>()), WorkingWeek.MONDAY_TO_FRIDAY);
    }

    private static BusinessCalendar overseas(String name, int month, int day) {
        return of(name, plus(FRANCE_RULES, HolidayRule.fixed(month, day, ABOLITION)));
    }

    private static List<HolidayRule> plus(List<HolidayRule> rules, HolidayRule... more) {
        return Stream.concat(rules.stream(), Arrays.stream(more)).toList();
    }

    /**
     * The calendar of metropolitan France: the eleven jours fériés of the Code du travail, L3133-1, Monday to
     * Friday, no closure day.
     *
     * @return the calendar, named {@code "France"}
     */
    public static BusinessCalendar france() {
        return FRANCE;
    }

    /**
     * The calendar of Bas-Rhin, Haut-Rhin and Moselle: {@link #france()} plus the Vendredi saint and the
     * 26 décembre (Code du travail, L3134-13).
     *
     * @return the calendar, named {@code "Alsace-Moselle"}
     */
    public static BusinessCalendar alsaceMoselle() {
        return ALSACE_MOSELLE;
    }

    /**
     * The calendar of a department, by its code in the code officiel géographique: {@link #alsaceMoselle()} for
     * {@code 57}, {@code 67} and {@code 68}; {@link #france()} plus the local commemoration of the abolition of
     * slavery for {@code 971} Guadeloupe, {@code 972} Martinique, {@code 973} Guyane, {@code 974} La Réunion,
     * {@code 976} Mayotte, {@code 977} Saint-Barthélemy and {@code 978} Saint-Martin (named after the territory);
     * {@link #france()} for the other departments and for {@code 975} Saint-Pierre-et-Miquelon, where the Code du
     * travail applies without a local holiday.
     *
     * @param code the department code, such as {@code "57"}, {@code "2A"} or {@code "971"}; surrounding spaces and
     *     the case of {@code 2a}/{@code 2b} are ignored
     * @return the calendar
     * @throws UnsupportedDepartementException if the code is not a department or overseas collectivité, or
     *     designates one where the Code du travail does not apply ({@code 984}, {@code 986} to {@code 989}:
     *     Nouvelle-Calédonie, Polynésie française and Wallis-et-Futuna have public holidays of their own law)
     */
    public static BusinessCalendar forDepartement(String code) {
        Objects.requireNonNull(code, "code");
        String canonical = code.strip().toUpperCase(Locale.ROOT);
        BusinessCalendar overseas = OVERSEAS.get(canonical);
        if (overseas != null) {
            return overseas;
        }
        if (canonical.equals("975")) {
            return FRANCE;
        }
        String territory = OUTSIDE_CODE_DU_TRAVAIL.get(canonical);
        if (territory != null) {
            throw new UnsupportedDepartementException(
                    code, "the jours fériés of the Code du travail do not apply in " + territory);
        }
        if (canonical.equals("2A") || canonical.equals("2B")) {
            return FRANCE;
        }
        if (canonical.length() == 2
                && Character.isDigit(canonical.charAt(0))
                && Character.isDigit(canonical.charAt(1))) {
            int number = Integer.parseInt(canonical);
            if (number == 57 || number == 67 || number == 68) {
                return ALSACE_MOSELLE;
            }
            if (number >= 1 && number <= 95 && number != 20) {
                return FRANCE;
            }
        }
        throw new UnsupportedDepartementException(
                code, "expected 01 to 95 (20 excepted), 2A, 2B, or an overseas code 971 to 978");
    }

    /**
     * The calendar of the department of a commune: {@code forDepartement(commune.departement())}.
     *
     * @param commune the commune's code INSEE
     * @return the calendar
     * @throws UnsupportedDepartementException if the commune lies in a collectivité where the Code du travail does
     *     not apply
     */
    public static BusinessCalendar forCommune(CodeInsee commune) {
        Objects.requireNonNull(commune, "commune");
        return forDepartement(commune.departement());
    }

    /**
     * The date of Easter Sunday in a year, by the Gregorian computus (the Meeus/Jones/Butcher algorithm): between
     * 22 March and 25 April.
     *
     * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return Easter Sunday
     * @throws UnsupportedYearException if the year is out of range
     */
    public static LocalDate easterSunday(Year year) {
        Objects.requireNonNull(year, "year");
        requireSupported(year.getValue());
        return Computus.easterSunday(year.getValue());
    }

    /**
     * A calendar with one more closure day, a day on which the town's offices are closed (pont de l'Ascension,
     * fermeture estivale, local fête). A closure day is never a business day; it is not a jour férié ({@link
     * #isHoliday(LocalDate)} stays {@code false}). Giving a date that is already a closure replaces its reason.
     *
     * @param date the closed day
     * @param reason why the offices are closed, such as {@code "Pont de l'Ascension"}
     * @return a new calendar; this one is unchanged
     * @throws IllegalArgumentException if the reason is blank
     * @throws UnsupportedYearException if the date is out of the supported years
     */
    public BusinessCalendar withClosure(LocalDate date, String reason) {
        return withClosures(Map.of(Objects.requireNonNull(date, "date"), Objects.requireNonNull(reason, "reason")));
    }

    /**
     * A calendar with more closure days, as {@link #withClosure(LocalDate, String)} for each entry.
     *
     * @param closures closure days and their reasons
     * @return a new calendar; this one is unchanged
     * @throws IllegalArgumentException if a reason is blank
     * @throws UnsupportedYearException if a date is out of the supported years
     */
    public BusinessCalendar withClosures(Map<LocalDate, String> closures) {
        Objects.requireNonNull(closures, "closures");
        TreeMap<LocalDate, String> added = new TreeMap<>();
        closures.forEach((date, reason) -> {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("the reason of a closure day must not be blank");
            }
            requireSupported(date.getYear());
            added.put(date, reason.strip());
        });
        if (added.isEmpty()) {
            return this;
        }
        return new BusinessCalendar(name, closedDays.withClosures(added), workingWeek);
    }

    /**
     * A calendar counting business days on another working week: {@link WorkingWeek#MONDAY_TO_FRIDAY} (jours
     * ouvrés, the default) or {@link WorkingWeek#MONDAY_TO_SATURDAY} (jours ouvrables). Holidays and closures are
     * the same, and so are the years already computed.
     *
     * @param week the working week
     * @return a calendar with that working week (this one if it already has it)
     */
    public BusinessCalendar withWorkingWeek(WorkingWeek week) {
        Objects.requireNonNull(week, "week");
        return week == workingWeek ? this : new BusinessCalendar(name, closedDays, week);
    }

    /**
     * The name of the territory whose holidays this calendar has: {@code "France"}, {@code "Alsace-Moselle"},
     * {@code "Guadeloupe"}…
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The days of the week on which business days fall.
     *
     * @return the working week
     */
    public WorkingWeek workingWeek() {
        return workingWeek;
    }

    /**
     * The closure days added to this calendar, by date.
     *
     * @return an unmodifiable map, sorted by date, of closure days to their reasons
     */
    public SortedMap<LocalDate, String> closures() {
        return closedDays.closures();
    }

    /**
     * Whether a date is a jour férié of this calendar, whatever the day of the week (the 14 juillet is a holiday
     * even on a Saturday). Closure days are not holidays.
     *
     * @param date the date
     * @return {@code true} for a jour férié
     * @throws UnsupportedYearException if the date is out of the supported years
     */
    public boolean isHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    /**
     * The French name of the jour férié on a date, such as {@code "Lundi de Pâques"}; when two fall on the same
     * day (the Ascension on 1 or 8 mai), both names joined by {@code " et "}.
     *
     * @param date the date
     * @return the name, or empty if the date is not a jour férié
     * @throws UnsupportedYearException if the date is out of the supported years
     */
    public Optional<String> holidayName(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(closedDays.year(date.getYear()).holidays().get(date));
    }

    /**
     * The jours fériés of a year, sorted by date, with their French names ({@code "Jour de l'an"}, {@code "Lundi
     * de Pâques"}, {@code "Fête du Travail"}, {@code "Victoire 1945"}, {@code "Ascension"}, {@code "Lundi de
     * Pentecôte"}, {@code "Fête nationale"}, {@code "Assomption"}, {@code "Toussaint"}, {@code "Armistice 1918"},
     * {@code "Noël"}, and where they apply {@code "Vendredi saint"}, {@code "Saint-Étienne"}, {@code "Abolition de
     * l'esclavage"}). Closure days are not included: see {@link #closures()}.
     *
     * @param year the year
     * @return an unmodifiable sorted map of dates to names
     * @throws UnsupportedYearException if the year is out of range
     */
    public SortedMap<LocalDate, String> holidays(Year year) {
        Objects.requireNonNull(year, "year");
        return closedDays.year(year.getValue()).holidays();
    }

    /**
     * Whether a date is a business day: a day of the working week that is neither a jour férié nor a closure day.
     *
     * @param date the date
     * @return {@code true} for a business day
     * @throws UnsupportedYearException if the date is out of the supported years
     */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return workingWeek.includes(date.getDayOfWeek()) && !isClosed(date);
    }

    /**
     * The first business day strictly after a date.
     *
     * @param date the date, business day or not
     * @return the next business day
     * @throws UnsupportedYearException if the result would be out of the supported years
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The last business day strictly before a date.
     *
     * @param date the date, business day or not
     * @return the previous business day
     * @throws UnsupportedYearException if the result would be out of the supported years
     */
    public LocalDate previousBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date.minusDays(1);
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Moves a date by a number of business days, the way a delay in jours ouvrés is counted: the starting date
     * itself is never counted.
     *
     * <ul>
     *   <li>{@code days > 0}: the {@code days}-th business day strictly after {@code date} ({@code 1} gives {@link
     *       #nextBusinessDay(LocalDate)}), whether {@code date} is a business day or not: a request received on a
     *       Saturday with one business day to answer must be answered on Monday;
     *   <li>{@code days < 0}: the {@code -days}-th business day strictly before {@code date};
     *   <li>{@code days == 0}: {@code date} itself if it is a business day, else the next business day.
     * </ul>
     *
     * <p>So the result is always a business day, and {@code businessDaysBetween(date, plusBusinessDays(date, n))}
     * equals {@code n} whenever {@code date} is a business day or {@code n <= 0}; when {@code date} is not a
     * business day and {@code n > 0} it equals {@code n - 1}, since the range then starts on a day that does not
     * count.
     *
     * @param date the starting date
     * @param days the number of business days, negative to go backwards
     * @return the business day reached
     * @throws UnsupportedYearException if a date out of the supported years would be reached
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        requireSupported(date.getYear());
        if (days == 0) {
            return isBusinessDay(date) ? date : nextBusinessDay(date);
        }
        int direction = days > 0 ? 1 : -1;
        long remaining = Math.abs((long) days);
        int perWeek = workingWeek.daysPerWeek();
        LocalDate day = date;
        // Jump whole weeks while more than a week's worth is left: a week holds at most perWeek business days, so
        // the jump never passes the answer and at least one business day is left to find after it.
        while (remaining > perWeek) {
            long weeks = (remaining - 1) / perWeek;
            LocalDate landing = day.plusWeeks(direction * weeks);
            long counted = direction > 0 ? count(day.plusDays(1), landing.plusDays(1)) : count(landing, day);
            remaining -= counted;
            day = landing;
        }
        while (remaining > 0) {
            day = day.plusDays(direction);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of business days from {@code startInclusive} to {@code endExclusive}: the start is counted if it
     * is a business day, the end never is. Negative when the end is before the start ({@code
     * businessDaysBetween(a, b) == -businessDaysBetween(b, a)}), zero when they are equal.
     *
     * @param startInclusive the first day of the range
     * @param endExclusive the day after the last day of the range
     * @return the number of business days in the range
     * @throws UnsupportedYearException if either date is out of the supported years
     */
    public int businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        requireSupported(startInclusive.getYear());
        requireSupported(endExclusive.getYear());
        if (endExclusive.isBefore(startInclusive)) {
            return -Math.toIntExact(count(endExclusive, startInclusive));
        }
        return Math.toIntExact(count(startInclusive, endExclusive));
    }

    /** Business days in [start, end), start not after end; years beyond the range throw. */
    private long count(LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay();
        if (days <= 0) {
            return 0;
        }
        int perWeek = workingWeek.daysPerWeek();
        long working = (days / 7) * perWeek;
        int firstDay = start.getDayOfWeek().getValue() - 1; // 0 = Monday
        for (int i = 0; i < days % 7; i++) {
            if ((firstDay + i) % 7 < perWeek) {
                working++;
            }
        }
        LocalDate last = end.minusDays(1);
        long closed = 0;
        for (int year = start.getYear(); year <= last.getYear(); year++) {
            ClosedDays.YearData data = closedDays.year(year);
            int from = year == start.getYear() ? start.getDayOfYear() - 1 : 0;
            int to = year == last.getYear() ? last.getDayOfYear() : data.length();
            closed += data.closedWorkingDays(workingWeek, from, to);
        }
        return working - closed;
    }

    /** Whether a date is a jour férié or a closure day, whatever the day of the week. */
    boolean isClosed(LocalDate date) {
        return closedDays.year(date.getYear()).isClosed(date);
    }

    /**
     * The day on which a delay whose nominal last day is {@code date} really ends under {@code expiry}: the date
     * itself, or for {@link Expiry#EXTENDED} the first day on or after it that is neither a Saturday, a Sunday, a
     * jour férié nor a closure day (code de procédure civile, article 642), whatever the working week.
     */
    LocalDate expiryDay(LocalDate date, Expiry expiry) {
        requireSupported(date.getYear());
        if (expiry == Expiry.NOMINAL) {
            return date;
        }
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || isClosed(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static void requireSupported(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new UnsupportedYearException(year);
        }
    }

    /**
     * Two calendars are equal when they have the same name, holiday rules, closure days and working week.
     *
     * @param other the object to compare with
     * @return whether the calendars are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BusinessCalendar that
                && name.equals(that.name)
                && workingWeek == that.workingWeek
                && closedDays.equals(that.closedDays);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, closedDays, workingWeek);
    }

    /**
     * A short description for logs: name, working week and number of closure days.
     *
     * @return the description, such as {@code BusinessCalendar[France, MONDAY_TO_FRIDAY, closures=2]}
     */
    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + workingWeek + ", closures="
                + closedDays.closures().size() + "]";
    }
}
