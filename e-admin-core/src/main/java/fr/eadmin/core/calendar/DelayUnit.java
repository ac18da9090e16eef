package fr.eadmin.core.calendar;

/**
 * The unit in which a {@link Delay} is expressed, with its French words for {@link Delay#parse(String)} and {@link
 * Delay#toString()}.
 */
public enum DelayUnit {
    /** Calendar days: every day counts ("30 jours", "30 jours calendaires"). */
    CALENDAR_DAYS("jour", "jours"),

    /**
     * Jours ouvrés: the business days of the {@link BusinessCalendar} the delay is computed with, on its working week
     * ("15 jours ouvrés").
     */
    BUSINESS_DAYS("jour ouvré", "jours ouvrés"),

    /**
     * Jours ouvrables: Monday to Saturday less jours fériés and closure days, whatever the working week of the
     * calendar ("6 jours ouvrables").
     */
    BUSINESS_DAYS_WITH_SATURDAYS("jour ouvrable", "jours ouvrables"),

    /** Weeks of seven calendar days ("3 semaines"): the delay ends on the same day of the week. */
    WEEKS("semaine", "semaines"),

    /** Months, counted from date to date ("2 mois"). */
    MONTHS("mois", "mois"),

    /** Years, counted from date to date ("1 an", "2 ans"). */
    YEARS("an", "ans");

    private final String singular;
    private final String plural;

    DelayUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /**
     * The French words for an amount of this unit: singular for 1, plural otherwise.
     *
     * @param amount the amount
     * @return the words, such as {@code "jours ouvrés"}
     */
    public String words(int amount) {
        return amount == 1 ? singular : plural;
    }
}
