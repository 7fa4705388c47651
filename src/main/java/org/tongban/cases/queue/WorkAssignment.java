package org.tongban.cases.queue;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Application;
import org.tongban.cases.clock.CaseClock;
import org.tongban.common.Clocks;
import org.tongban.identity.Role;

/**
 * Who must act next on an application and by when — what the work queues sort on. Derived from the
 * state after every change; never set by hand.
 */
public final class WorkAssignment {

    private WorkAssignment() {}

    public static void update(Application a, CaseClock clock) {
        switch (a.state) {
            case RECEIVED -> assign(a, Role.CLERK, () -> clock.acceptanceDue(a.materialsReceivedOn));
            case ACCEPTED, IN_REVIEW -> assign(a, a.currentStepRole, () -> a.stepDue);
            case SPECIAL_PROCEDURE ->
                assign(a, Role.REVIEWER, () -> clock.dueInWorkingDays(a.pausedSince, a.pausedExpectedDays));
            case APPROVED, REFUSED -> assign(a, Role.CLERK, () -> clock.deliveryDue(Clocks.cityDate(a.decidedAt)));
            default -> {
                // waiting for the applicant (supplement), or finished: nobody's queue
                a.queueRole = null;
                a.queueDue = null;
            }
        }
    }

    private static void assign(Application a, String role, Supplier<LocalDate> due) {
        a.queueRole = role;
        try {
            a.queueDue = due.get();
        } catch (UnknownCalendarYearException e) {
            a.queueDue = null; // next year's calendar not imported yet: the case is queued, undated
        }
    }
}
