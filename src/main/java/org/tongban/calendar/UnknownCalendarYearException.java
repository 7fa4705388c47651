package org.tongban.calendar;

/**
 * A date falls in a year whose official holiday arrangement has not been imported. Deadlines are
 * never computed on a guessed Monday–Friday week.
 */
public class UnknownCalendarYearException extends RuntimeException {

    private final int year;

    public UnknownCalendarYearException(int year) {
        super("No working-day calendar for " + year + ": import the State Council's arrangement for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
