package org.tongban.deadline;

import java.time.LocalDate;

/**
 * 电子监察 colours of a running case: red when overdue or when a flow step overran its own limit
 * (even if the whole is still within limit); yellow when the working days left are at or below the
 * item's threshold; green otherwise.
 */
public final class WarningRules {

    private WarningRules() {}

    /**
     * @param overdue today is after the promised due date (on a rest day right after it, the working
     *     days left are still 0, so overdue is decided on dates, not on the count)
     * @param remainingWorkingDays until the promised due date
     * @param stepOverdue the current step is past its own due date
     * @param overranSteps earlier steps that finished after their own due date
     * @param yellowThreshold the item version's threshold (default 1)
     */
    public static Warning colour(
            boolean overdue, int remainingWorkingDays, boolean stepOverdue, int overranSteps, int yellowThreshold) {
        if (overdue || stepOverdue || overranSteps > 0) {
            return Warning.RED;
        }
        return remainingWorkingDays <= yellowThreshold ? Warning.YELLOW : Warning.GREEN;
    }

    public static boolean isOverdue(LocalDate today, LocalDate due) {
        return due != null && today.isAfter(due);
    }
}
