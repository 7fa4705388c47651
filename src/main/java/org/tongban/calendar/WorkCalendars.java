package org.tongban.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.common.Messages;

/** Builds a {@link WorkCalendar} from holiday arrangements, one per known year. */
public final class WorkCalendars {

    private WorkCalendars() {}

    /**
     * The calendar of exactly these years. Refuses, listing every problem at once, an arrangement that
     * is not valid or a year given twice: a second file for a year would otherwise silently win.
     */
    public static WorkCalendar of(Collection<HolidayArrangement> arrangements) {
        List<String> problems = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (HolidayArrangement arrangement : arrangements) {
            if (!years.add(arrangement.year())) {
                problems.add(arrangement.year() + ": given twice");
            }
            arrangement
                    .problems()
                    .forEach(problem -> problems.add(arrangement.year() + ": " + problem.field() + ": "
                            + Messages.text(Messages.ENGLISH, problem.message())));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid holiday arrangements: " + String.join("; ", problems));
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (HolidayArrangement arrangement : arrangements) {
            arrangement.days().forEach(day -> exceptions.put(day.date(), day.isOffDay()));
        }
        return new WorkCalendar(years, exceptions);
    }
}
