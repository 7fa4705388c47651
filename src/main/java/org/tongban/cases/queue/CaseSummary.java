package org.tongban.cases.queue;

import java.time.LocalDate;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Deadline;
import org.tongban.cases.Warning;

/**
 * A case as queues and warning lists show it: read from indexed columns only, no JSON.
 *
 * @param warningClock the clock that gives the colour (acceptance, supplement, promised, statutory,
 *     step, delivery), and {@code warningDue} when it runs out
 */
public record CaseSummary(
        String number,
        String itemCode,
        ApplicationState state,
        String currentStep,
        String applicantName,
        String handlingPoint,
        LocalDate receivedOn,
        LocalDate promisedDue,
        LocalDate due,
        Warning warning,
        Deadline.Kind warningClock,
        LocalDate warningDue) {

    /** The JPQL constructor expression that reads one. */
    public static final String SELECT = "SELECT new org.tongban.cases.queue.CaseSummary(a.number, a.itemCode, a.state,"
            + " a.currentStep, a.applicantName, a.handlingPoint, a.receivedOn, a.promisedDue, a.queueDue, a.warning,"
            + " a.warningClock, a.warningDue)";
}
