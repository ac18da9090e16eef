package fr.eadmin.core.calendar;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * A date falls outside the years a {@link BusinessCalendar} can compute: {@value BusinessCalendar#MIN_YEAR} (the
 * first full year of the Gregorian calendar, whose computus the Easter-based holidays follow) to {@value
 * BusinessCalendar#MAX_YEAR}.
 */
public final class UnsupportedYearException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #year()}. */
    private final int year;

    /**
     * Creates the exception.
     *
     * @param year the year that is out of range
     */
    public UnsupportedYearException(int year) {
        super("year " + year + " is outside the supported range " + BusinessCalendar.MIN_YEAR + "–"
                + BusinessCalendar.MAX_YEAR);
        this.year = year;
    }

    /**
     * The year that is out of range.
     *
     * @return the year
     */
    public int year() {
        return year;
    }
}
