package org.tongban.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The one working-day calendar (Administrative Licensing Law Art. 82: periods in working days,
 * statutory holidays excluded). Built from the imported years: their holidays (off days) and
 * make-up working days (调休), which are the only exceptions to Monday–Friday. Immutable.
 *
 * <p>Counting follows Civil Code Art. 201: the start day is not counted.
 */
public final class WorkCalendar {

    private final Set<Integer> knownYears;
    /** true = off day (holiday), false = make-up working day on a weekend. */
    private final Map<LocalDate, Boolean> exceptions;

    public WorkCalendar(Set<Integer> knownYears, Map<LocalDate, Boolean> exceptions) {
        this.knownYears = Set.copyOf(knownYears);
        this.exceptions = Map.copyOf(exceptions);
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    public boolean isWorkingDay(LocalDate day) {
        requireKnown(day);
        Boolean offDay = exceptions.get(day);
        if (offDay != null) {
            return !offDay;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which a period of {@code workingDays} starting on {@code start} ends: the start day
     * is not counted, so with 1 the answer is the next working day; with 0 it is {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        requireKnown(start);
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from} (then: minus the working days after {@code to} up to {@code from}). So
     * {@code workingDaysBetween(today, dueDate)} is the remaining working days, negative when overdue.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        requireKnown(from);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A period in calendar days: the start day is not counted, and a period whose last day is a
     * holiday or rest day ends on the next working day (Civil Code Art. 203).
     */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate end = start.plusDays(days);
        while (days > 0 && !isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private void requireKnown(LocalDate day) {
        if (!knownYears.contains(day.getYear())) {
            throw new UnknownCalendarYearException(day.getYear());
        }
    }
}
