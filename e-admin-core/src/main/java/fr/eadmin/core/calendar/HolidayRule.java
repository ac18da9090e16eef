package fr.eadmin.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/** How the date of one jour férié is found in a given year. */
sealed interface HolidayRule {

    /**
     * The French name of the day, such as {@code "Lundi de Pâques"}.
     *
     * @return the name
     */
    String name();

    /**
     * The date of the day in a year of the supported range.
     *
     * @param year the year
     * @return the date
     */
    LocalDate dateIn(int year);

    static HolidayRule fixed(int month, int day, String name) {
        return new Fixed(MonthDay.of(month, day), name);
    }

    static HolidayRule easter(int daysAfterEasterSunday, String name) {
        return new EasterBased(daysAfterEasterSunday, name);
    }

    /** A holiday on the same day every year. */
    record Fixed(MonthDay day, String name) implements HolidayRule {
        public Fixed {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public LocalDate dateIn(int year) {
            return day.atYear(year);
        }
    }

    /** A holiday a fixed number of days from Easter Sunday (negative: before it). */
    record EasterBased(int daysAfterEasterSunday, String name) implements HolidayRule {
        public EasterBased {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public LocalDate dateIn(int year) {
            return Computus.easterSunday(year).plusDays(daysAfterEasterSunday);
        }
    }
}
