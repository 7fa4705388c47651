package org.tongban.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one working-day calendar (Administrative Licensing Law Art. 82: periods in working days,
 * statutory holidays excluded). Built from the imported years: their holidays (off days) and
 * make-up working days (调休), which are the only exceptions to Monday–Friday. Immutable.
 *
 * <p>Every period follows Civil Code Art. 201: the start day is not counted. Any date in a year
 * that has not been imported throws {@link UnknownCalendarYearException}: a deadline is never
 * computed on a guessed Monday–Friday week.
 */
public final class WorkCalendar {

    private final Set<Integer> knownYears;
    /** true = off day (holiday, or a weekend day inside a holiday period); false = make-up working day. */
    private final Map<LocalDate, Boolean> exceptions;

    public WorkCalendar(Set<Integer> knownYears, Map<LocalDate, Boolean> exceptions) {
        this.knownYears = Set.copyOf(knownYears);
        this.exceptions = Map.copyOf(exceptions);
        for (LocalDate day : this.exceptions.keySet()) {
            if (!this.knownYears.contains(day.getYear())) {
                throw new IllegalArgumentException(day + " is an exception in " + day.getYear()
                        + ", which is not among the known years " + this.knownYears);
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        requireKnown(day, day);
        Boolean offDay = exceptions.get(day);
        if (offDay != null) {
            return !offDay;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days that starts on {@code start}. The
     * start day is not counted, even when it is itself a working day, so with 1 the answer is the
     * next working day, always a working day. With 0 the answer is {@code start} itself, working day
     * or not: an immediate item (即办件) is due the day it is accepted.
     *
     * <p>Walks day by day, so a period that runs out of the known years throws naming the first
     * unknown year it reaches.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        requireKnown(start, start);
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
     * The working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when
     * both are the same day. When {@code toInclusive} is before {@code fromExclusive} the answer is
     * negative: minus the working days after {@code toInclusive} up to and including {@code
     * fromExclusive}, so that swapping the arguments flips the sign.
     *
     * <p>Hence {@code workingDaysBetween(today, due)} is the remaining working days: 1 on the working
     * day before the due date, 0 on the due date, -1 on the next working day. The sign gives the
     * direction, not lateness: on a rest day just after the due date the answer is still 0, so decide
     * "overdue" by comparing the dates ({@code today.isAfter(due)}).
     *
     * <p>Every year from the earlier to the later date must be known; all missing years are named.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        requireKnown(fromExclusive, toInclusive);
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day of a period of {@code days} calendar days that starts on {@code start}, for limits
     * set in calendar days. The start day is not counted (Civil Code Art. 201). When the last day is
     * a statutory holiday or a rest day, the period ends on the next working day instead (Civil Code
     * Art. 203: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日); a make-up working
     * day counts as a working day there too. With 0 the answer is {@code start} itself.
     *
     * <p>Every year from {@code start} to the answer must be known.
     */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate end = start.plusDays(days);
        requireKnown(start, end);
        while (days > 0 && !isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /**
     * The working days a special procedure (特别程序: hearing, inspection, testing, appraisal, expert
     * review…, Administrative Licensing Law Art. 45) took, which the clock does not count. Like any
     * period, the day it started is not counted and the day it ended is: the working days after
     * {@code pausedOn} up to and including {@code resumedOn}.
     */
    public int pausedWorkingDays(LocalDate pausedOn, LocalDate resumedOn) {
        if (resumedOn.isBefore(pausedOn)) {
            throw new IllegalArgumentException(
                    "a pause cannot end (" + resumedOn + ") before it starts (" + pausedOn + ")");
        }
        return workingDaysBetween(pausedOn, resumedOn);
    }

    /**
     * The due date once a pause of {@code pausedWorkingDays} is added back (the sum over all pauses
     * when there were several). Only for periods in working days: a calendar-day period is recomputed
     * with {@link #addCalendarDays} over its whole length, because its end may have been moved by
     * Art. 203.
     */
    public LocalDate extendByPause(LocalDate due, int pausedWorkingDays) {
        return addWorkingDays(due, pausedWorkingDays);
    }

    /**
     * Throws naming the years from {@code first} to {@code last} that are not known: the first
     * {@link UnknownCalendarYearException#LISTED} of them, and how many more there are, so that no
     * range, however wide, makes a long answer.
     */
    private void requireKnown(LocalDate first, LocalDate last) {
        List<Integer> missing = new ArrayList<>();
        long more = 0;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!knownYears.contains(year)) {
                if (missing.size() < UnknownCalendarYearException.LISTED) {
                    missing.add(year);
                } else {
                    more++;
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new UnknownCalendarYearException(missing, more);
        }
    }
}
