package org.tongban.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Builds a {@link WorkCalendar} from imported arrangements. */
public final class WorkCalendars {

    private WorkCalendars() {}

    public static WorkCalendar of(Collection<HolidayArrangement> arrangements) {
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (HolidayArrangement arrangement : arrangements) {
            years.add(arrangement.year());
            arrangement.days().forEach(day -> exceptions.put(day.date(), day.isOffDay()));
        }
        return new WorkCalendar(years, exceptions);
    }
}
