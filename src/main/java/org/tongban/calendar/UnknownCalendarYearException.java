package org.tongban.calendar;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * A computation touches a year whose official holiday arrangement has not been imported. Deadlines
 * are never computed on a guessed Monday–Friday week. Rendered as 422 with one error per missing
 * year (the first few, and how many more).
 */
public class UnknownCalendarYearException extends ProblemException {

    /** Missing years named at most; the rest are only counted. */
    public static final int LISTED = 5;

    private final List<Integer> years;

    public UnknownCalendarYearException(int year) {
        this(List.of(year), 0);
    }

    /**
     * @param years the missing years to name (at most {@link #LISTED} are)
     * @param more how many further missing years there are
     */
    public UnknownCalendarYearException(Collection<Integer> years, long more) {
        super(
                422,
                "unknown-calendar-year",
                more > 0
                        ? Message.of("calendars.unknown-years-and-more", joined(years), more)
                        : Message.of(
                                years.size() == 1 ? "calendars.unknown-year-detail" : "calendars.unknown-years",
                                joined(years)),
                years.stream()
                        .sorted()
                        .limit(LISTED)
                        .map(year -> new FieldError("year", "unknown-calendar-year", "calendars.unknown-year", year))
                        .toList());
        this.years = years.stream().sorted().limit(LISTED).toList();
    }

    /** The missing years named, in ascending order. */
    public List<Integer> years() {
        return years;
    }

    private static String joined(Collection<Integer> years) {
        return years.stream().sorted().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
