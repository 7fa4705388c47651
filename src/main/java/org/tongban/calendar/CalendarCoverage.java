package org.tongban.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether the imported calendar covers the days deadlines are about to reach. The State Council
 * publishes next year's holidays in November; from 1 November on, a missing next year is told to
 * supervisors and the readiness check, so it is imported before due dates cross New Year. A missing
 * year never takes the service down: actions whose dates fall in it are refused naming it, and jobs
 * handle every case they can. Pure.
 */
public final class CalendarCoverage {

    /** From this day of the year on, next year's calendar is expected. */
    static final Month NEXT_YEAR_EXPECTED_FROM = Month.NOVEMBER;

    private CalendarCoverage() {}

    /** The years that should be imported by {@code today} and are not, in ascending order. */
    public static List<Integer> missingYears(Collection<Integer> known, LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!known.contains(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonth().compareTo(NEXT_YEAR_EXPECTED_FROM) >= 0 && !known.contains(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** What supervisors and operators read: "calendar for 2027 missing". */
    public static String notice(int year) {
        return "calendar for " + year + " missing: import the State Council's holiday arrangement for " + year
                + " (PUT /api/v1/admin/calendar/" + year + "); due dates reaching into it cannot be computed";
    }
}
