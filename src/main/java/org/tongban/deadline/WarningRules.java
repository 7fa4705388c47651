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
     * @param remainingWorkingDays until the promised due date (negative when overdue)
     * @param stepOverdue the current step is past its own due date
     * @param overranSteps earlier steps that finished after their own due date
     * @param yellowThreshold the item version's threshold (default 1)
     */
    public static Warning colour(int remainingWorkingDays, boolean stepOverdue, int overranSteps, int yellowThreshold) {
        if (remainingWorkingDays < 0 || stepOverdue || overranSteps > 0) {
            return Warning.RED;
        }
        return remainingWorkingDays <= yellowThreshold ? Warning.YELLOW : Warning.GREEN;
    }

    public static boolean isOverdue(LocalDate today, LocalDate due) {
        return due != null && today.isAfter(due);
    }
}
