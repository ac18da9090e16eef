package fr.eadmin.core.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal or committed delay: an amount and a unit, such as "2 mois" (the silence rule of the CRPA, L231-1),
 * "15 jours ouvrés" (a town's committed delay) or "30 jours".
 *
 * {@snippet :
 * Delay delay = Delay.parse("2 mois");
 * LocalDate end = delay.endFrom(LocalDate.of(2026, 5, 14), BusinessCalendar.france());
 * // 2026-07-15: 14 July 2026 is a Tuesday and a jour férié, so the delay runs to Wednesday
 * }
 *
 * <h2>How the end is counted</h2>
 *
 * <p>The CRPA does not say how its delays are counted. The rules of the code de procédure civile, articles 640 to
 * 642, are the common way of counting a delay in French law, and the Conseil d'État applies them to administrative
 * delays (see {@link Expiry} for the decisions). This type implements them:
 *
 * <ul>
 *   <li>the day of the event that starts the delay (receipt of the request, notification) is not counted (article
 *       641, <i>dies a quo</i>): a delay of 10 days starting on 1 March ends on 11 March, at midnight;
 *   <li>a delay in months or years ends on the day of the last month or year that bears the same number as the
 *       starting day; when that month has no such day, on its last day (article 641): 2 months from 14 May end on
 *       14 July, 1 month from 31 January ends on 28 or 29 February;
 *   <li>weeks are seven calendar days each;
 *   <li>jours ouvrés count the business days of the calendar, jours ouvrables every day but Sundays, jours fériés
 *       and closure days; the starting day never counts;
 *   <li>a delay whose last day is a Saturday, a Sunday, a jour férié or a closure day is extended to the next day
 *       that is none of these (article 642), unless {@link Expiry#NOMINAL} is asked: see {@link Expiry} for when
 *       that applies.
 * </ul>
 *
 * <p>Délais francs are not modelled: in a délai franc neither the starting day nor the last day counts, so it ends
 * one day later. The délai de recours contentieux before the administrative courts (two months, code de justice
 * administrative, R421-1) is one: its last day is the day after the day that bears the same number. Do not compute
 * it with this type without adding that day.
 *
 * <p>Two delays are equal when amount and unit are: "14 jours" and "2 semaines" end on the same day but are
 * different values.
 *
 * @param amount how many units, from 1 to {@value #MAX_AMOUNT}
 * @param unit the unit
 */
public record Delay(int amount, DelayUnit unit) {
    /** The largest amount accepted. */
    public static final int MAX_AMOUNT = 99_999;

    private static final Pattern TEXT = Pattern.compile("([0-9]+) ?([a-z ]+)");

    /** The units by their words, each word in the singular, without accents. */
    private static final Map<String, DelayUnit> WORDS = Map.of(
            "jour", DelayUnit.CALENDAR_DAYS,
            "jour calendaire", DelayUnit.CALENDAR_DAYS,
            "jour ouvre", DelayUnit.BUSINESS_DAYS,
            "jour ouvrable", DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS,
            "semaine", DelayUnit.WEEKS,
            "mois", DelayUnit.MONTHS,
            "an", DelayUnit.YEARS,
            "annee", DelayUnit.YEARS);

    /**
     * Checks the amount.
     *
     * @throws InvalidDelayException if the amount is not between 1 and {@value #MAX_AMOUNT}
     */
    public Delay {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new InvalidDelayException("the amount must be between 1 and " + MAX_AMOUNT + ", got " + amount);
        }
    }

    /**
     * A delay in calendar days.
     *
     * @param days the number of days
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofCalendarDays(int days) {
        return new Delay(days, DelayUnit.CALENDAR_DAYS);
    }

    /**
     * A delay in jours ouvrés, the business days of the calendar it is computed with.
     *
     * @param days the number of business days
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofBusinessDays(int days) {
        return new Delay(days, DelayUnit.BUSINESS_DAYS);
    }

    /**
     * A delay in jours ouvrables: Monday to Saturday less jours fériés and closure days.
     *
     * @param days the number of days
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofBusinessDaysWithSaturdays(int days) {
        return new Delay(days, DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS);
    }

    /**
     * A delay in weeks.
     *
     * @param weeks the number of weeks
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofWeeks(int weeks) {
        return new Delay(weeks, DelayUnit.WEEKS);
    }

    /**
     * A delay in months.
     *
     * @param months the number of months
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofMonths(int months) {
        return new Delay(months, DelayUnit.MONTHS);
    }

    /**
     * A delay in years.
     *
     * @param years the number of years
     * @return the delay
     * @throws InvalidDelayException if the amount is out of range
     */
    public static Delay ofYears(int years) {
        return new Delay(years, DelayUnit.YEARS);
    }

    /**
     * Reads a delay written in French: a number in digits, a space (which may be left out), then the unit: {@code jour(s)} or {@code jour(s)
     * calendaire(s)}, {@code jour(s) ouvré(s)}, {@code jour(s) ouvrable(s)}, {@code semaine(s)}, {@code mois},
     * {@code an(s)} or {@code année(s)}. Case, accents, surrounding spaces and repeated or no-break spaces do not
     * matter, nor does the agreement of the unit with the number. Jours francs are refused: they follow other rules
     * (neither the first nor the last day counts) that this type does not implement.
     *
     * @param text the delay, such as {@code "2 mois"} or {@code "15 jours ouvrés"}
     * @return the delay
     * @throws InvalidDelayException if the text is not a delay; the message says why
     */
    public static Delay parse(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        Matcher matcher = TEXT.matcher(normalized);
        if (!matcher.matches()) {
            throw new InvalidDelayException("expected a number in digits followed by a unit, such as \"2 mois\"");
        }
        String digits = matcher.group(1);
        String words = singular(matcher.group(2).strip());
        if (digits.length() > 5) {
            throw new InvalidDelayException("the amount must be between 1 and " + MAX_AMOUNT);
        }
        DelayUnit unit = WORDS.get(words);
        if (unit == null) {
            if (words.equals("jour franc")) {
                throw new InvalidDelayException("jours francs are not supported: give the delay in jours");
            }
            throw new InvalidDelayException(
                    "unknown unit: expected jours, jours ouvrés, jours ouvrables, semaines, mois or ans");
        }
        return new Delay(Integer.parseInt(digits), unit);
    }

    /** The words with the plural mark of each one taken off: "jours ouvres" becomes "jour ouvre". */
    private static String singular(String words) {
        StringBuilder singular = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            if (singular.length() > 0) {
                singular.append(' ');
            }
            boolean plural = word.length() > 1 && word.endsWith("s") && !word.equals("mois");
            singular.append(plural ? word.substring(0, word.length() - 1) : word);
        }
        return singular.toString();
    }

    /**
     * The day on which the delay ends when it starts on {@code start}, extended past days off: {@code endFrom(start,
     * calendar, Expiry.EXTENDED)}.
     *
     * @param start the day of the starting event, which is not counted
     * @param calendar the calendar giving business days, holidays and closures
     * @return the last day of the delay, until midnight
     * @throws UnsupportedYearException if a date out of the supported years is reached
     */
    public LocalDate endFrom(LocalDate start, BusinessCalendar calendar) {
        return endFrom(start, calendar, Expiry.EXTENDED);
    }

    /**
     * The day on which the delay ends when it starts on {@code start}, by the rules in this type's description.
     *
     * @param start the day of the starting event, which is not counted
     * @param calendar the calendar giving business days, holidays and closures
     * @param expiry whether an end on a day off is extended to the next open day
     * @return the last day of the delay, until midnight
     * @throws UnsupportedYearException if a date out of the supported years is reached
     */
    public LocalDate endFrom(LocalDate start, BusinessCalendar calendar, Expiry expiry) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(expiry, "expiry");
        BusinessCalendar.requireSupported(start.getYear());
        return calendar.expiryDay(nominalEnd(start, calendar), expiry);
    }

    /** The last day before any extension. */
    LocalDate nominalEnd(LocalDate start, BusinessCalendar calendar) {
        return switch (unit) {
            case CALENDAR_DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
            case BUSINESS_DAYS, BUSINESS_DAYS_WITH_SATURDAYS ->
                countingCalendar(calendar).plusBusinessDays(start, amount);
        };
    }

    /** Whether the delay counts business days rather than calendar days. */
    boolean countsBusinessDays() {
        return unit == DelayUnit.BUSINESS_DAYS || unit == DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS;
    }

    /** The calendar whose business days a business-day delay counts. */
    BusinessCalendar countingCalendar(BusinessCalendar calendar) {
        return unit == DelayUnit.BUSINESS_DAYS_WITH_SATURDAYS
                ? calendar.withWorkingWeek(WorkingWeek.MONDAY_TO_SATURDAY)
                : calendar;
    }

    /**
     * The delay in French, as {@link #parse(String)} reads it: {@code "2 mois"}, {@code "1 jour ouvré"}, {@code
     * "15 jours ouvrés"}, {@code "30 jours"}, {@code "1 an"}.
     *
     * @return the French form
     */
    @Override
    public String toString() {
        return amount + " " + unit.words(amount);
    }
}
