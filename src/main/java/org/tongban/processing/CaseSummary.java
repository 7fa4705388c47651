package org.tongban.processing;

import java.time.LocalDate;
import org.tongban.application.ApplicationState;
import org.tongban.deadline.Warning;

/** A case as queues and warning lists show it: read from indexed columns only, no JSON. */
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
        Warning warning) {

    /** The JPQL constructor expression that reads one. */
    public static final String SELECT = "SELECT new org.tongban.processing.CaseSummary(a.number, a.itemCode, a.state,"
            + " a.currentStep, a.applicantName, a.handlingPoint, a.receivedOn, a.promisedDue, a.queueDue, a.warning)";
}
