package org.tongban.calendar;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;

/**
 * A computation touches a year whose official holiday arrangement has not been imported. Deadlines
 * are never computed on a guessed Monday–Friday week. Rendered as 422 with one error per missing
 * year.
 */
public class UnknownCalendarYearException extends ProblemException {

    private final List<Integer> years;

    public UnknownCalendarYearException(int year) {
        this(List.of(year));
    }

    public UnknownCalendarYearException(Collection<Integer> years) {
        super(
                422,
                "unknown-calendar-year",
                "Unprocessable Content",
                "No working-day calendar for " + joined(years) + ": import the State Council's arrangement for "
                        + (years.size() == 1 ? "that year" : "each of them"),
                years.stream()
                        .sorted()
                        .map(year -> new FieldError("year", "unknown-calendar-year", String.valueOf(year)))
                        .toList());
        this.years = years.stream().sorted().toList();
    }

    /** The missing years, in ascending order. */
    public List<Integer> years() {
        return years;
    }

    private static String joined(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
