package fr.eadmin.core.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * The days of the week on which an administration works, before holidays and closures are taken out.
 *
 * <p>French law distinguishes <i>jours ouvrés</i>, the days actually worked (Monday to Friday in most town
 * halls), from <i>jours ouvrables</i>, every day but the weekly rest day, Sunday, and holidays (Monday to
 * Saturday). A {@link BusinessCalendar} counts its business days on its working week; {@link
 * DelayUnit#BUSINESS_DAYS_WITH_SATURDAYS} counts jours ouvrables whatever the calendar's working week.
 */
public enum WorkingWeek {
    /** Monday to Friday: jours ouvrés, the default. */
    MONDAY_TO_FRIDAY(5),
    /** Monday to Saturday: jours ouvrables. */
    MONDAY_TO_SATURDAY(6);

    private final int daysPerWeek;

    WorkingWeek(int daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    /**
     * The number of working days in a week without holidays: 5 or 6.
     *
     * @return the number of days
     */
    public int daysPerWeek() {
        return daysPerWeek;
    }

    /**
     * Whether the day of the week is worked in this week.
     *
     * @param day the day of the week
     * @return {@code true} from Monday to Friday, and on Saturday for {@link #MONDAY_TO_SATURDAY}
     */
    public boolean includes(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return day.getValue() <= daysPerWeek;
    }
}
