package fr.eadmin.core.teleservice;

import fr.eadmin.core.calendar.BusinessCalendar;
import fr.eadmin.core.calendar.UnsupportedDepartementException;
import fr.eadmin.core.calendar.UnsupportedYearException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The calendar a téléservice counts its jours ouvrés on, as stored in the catalogue: the department whose
 * jours fériés apply, and the closure days of the service.
 *
 * @param departement the department code, such as {@code "78"} or {@code "57"}
 * @param closures closure days of the service and why, such as a pont
 */
public record TeleserviceCalendar(String departement, SortedMap<LocalDate, String> closures) {
    /**
     * Checks the values.
     *
     * @throws InvalidTeleserviceException if the department has no calendar, or a closure is out of the
     *     calendar's years or has a blank reason
     */
    public TeleserviceCalendar {
        Objects.requireNonNull(departement, "departement");
        Objects.requireNonNull(closures, "closures");
        closures = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(closures));
        BusinessCalendar base;
        try {
            base = BusinessCalendar.forDepartement(departement);
        } catch (UnsupportedDepartementException e) {
            throw new InvalidTeleserviceException(null, "calendar.departement", e.getMessage());
        }
        try {
            base.withClosures(closures);
        } catch (IllegalArgumentException | UnsupportedYearException e) {
            throw new InvalidTeleserviceException(null, "calendar.closures", e.getMessage());
        }
    }

    /**
     * The calendar of a department, without closures.
     *
     * @param departement the department code
     * @return the calendar
     */
    public static TeleserviceCalendar of(String departement) {
        return new TeleserviceCalendar(departement, new TreeMap<>());
    }

    /**
     * The same calendar with more closure days.
     *
     * @param more the days and reasons
     * @return a new calendar
     */
    public TeleserviceCalendar withClosures(Map<LocalDate, String> more) {
        TreeMap<LocalDate, String> all = new TreeMap<>(closures);
        all.putAll(more);
        return new TeleserviceCalendar(departement, all);
    }

    /**
     * The business calendar to count with.
     *
     * @return the calendar of the department with the closures
     */
    public BusinessCalendar businessCalendar() {
        return BusinessCalendar.forDepartement(departement).withClosures(closures);
    }
}
