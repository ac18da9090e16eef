package fr.eadmin.core.calendar;

import java.time.LocalDate;

/**
 * The date of Easter Sunday in the Gregorian calendar, by the anonymous algorithm published by Jean Meeus
 * (<i>Astronomical Algorithms</i>, 1991), also known as the Meeus/Jones/Butcher algorithm. It implements the
 * ecclesiastical rules of the 1582 reform (Lilius and Clavius): Easter is the first Sunday after the ecclesiastical
 * full moon falling on or after 21 March, so it lies between 22 March and 25 April.
 */
final class Computus {
    private Computus() {}

    static LocalDate easterSunday(int year) {
        int a = year % 19; // position in the 19-year Metonic cycle
        int b = year / 100; // century
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25; // lunar correction
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30; // epact-based distance to the paschal full moon
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the following Sunday
        int m = (a + 11 * h + 22 * l) / 451; // the two exceptions of the Gregorian epacts
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
