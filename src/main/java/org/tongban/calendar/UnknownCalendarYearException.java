package org.tongban.calendar;

import java.util.List;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;

/**
 * A date falls in a year whose official holiday arrangement has not been imported. Deadlines are
 * never computed on a guessed Monday–Friday week.
 */
public class UnknownCalendarYearException extends ProblemException {

    private final int year;

    public UnknownCalendarYearException(int year) {
        super(
                422,
                "unknown-calendar-year",
                "Unprocessable Content",
                "No working-day calendar for " + year + ": import the State Council's arrangement for " + year,
                List.of(new FieldError("year", "unknown-calendar-year", String.valueOf(year))));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
