package org.tongban.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.audit.Actor;

/**
 * Fired (synchronously, inside the transaction) for every event of a case, so that what other
 * features keep about cases — report counters, the outbox — commits or rolls back with it.
 *
 * @param day the city's calendar day it happened on
 * @param counters what it adds to the report card's counters
 * @param notification the SMS the applicant is sent, or null
 */
public record CaseEventRecorded(
        Application application,
        String action,
        ApplicationState from,
        ApplicationState to,
        Actor actor,
        LocalDateTime at,
        LocalDate day,
        Counters counters,
        String notification) {}
