package org.tongban.cases.clock;

import java.time.LocalDate;
import org.tongban.calendar.WorkCalendar;
import org.tongban.catalog.Limit;
import org.tongban.catalog.LimitUnit;

/**
 * The clock of a case, the same at every window because it reads only the pinned item version
 * and the one calendar: due dates from limits (start day not counted), pauses added back, and
 * extensions.
 */
public final class CaseClock {

    /** Art. 32: five working days to ask for a supplement or decide on acceptance. */
    public static final int ACCEPTANCE_WORKING_DAYS = 5;

    /** Art. 44: ten working days to issue and deliver a decision. */
    public static final int DELIVERY_WORKING_DAYS = 10;

    private final WorkCalendar calendar;

    public CaseClock(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day a period of {@code limit} starting on {@code start} ends. */
    public LocalDate due(LocalDate start, Limit limit) {
        return limit.unit() == LimitUnit.CALENDAR_DAYS
                ? calendar.addCalendarDays(start, limit.value())
                : calendar.addWorkingDays(start, limit.value());
    }

    public LocalDate dueInWorkingDays(LocalDate start, int workingDays) {
        return calendar.addWorkingDays(start, workingDays);
    }

    /** Art. 32: the last day to accept, refuse or ask for a supplement, for materials received that day. */
    public LocalDate acceptanceDue(LocalDate materialsReceivedOn) {
        return calendar.addWorkingDays(materialsReceivedOn, ACCEPTANCE_WORKING_DAYS);
    }

    /** Art. 44: the last day to deliver a decision taken that day. */
    public LocalDate deliveryDue(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, DELIVERY_WORKING_DAYS);
    }

    /**
     * Working days a special procedure paused the clock: those after the day it started up to and
     * including the day it ended (Art. 45: that time is not counted).
     */
    public int pausedWorkingDays(LocalDate startedOn, LocalDate endedOn) {
        return calendar.pausedWorkingDays(startedOn, endedOn);
    }

    /** A due date moved later by paused or extended working days. */
    public LocalDate later(LocalDate due, int workingDays) {
        return due == null ? null : calendar.extendByPause(due, workingDays);
    }

    /** Working days left until {@code due}: 0 on the day, negative once overdue. */
    public int remaining(LocalDate today, LocalDate due) {
        return calendar.workingDaysBetween(today, due);
    }
}
