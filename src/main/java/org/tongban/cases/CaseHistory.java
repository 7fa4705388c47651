package org.tongban.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.Clocks;
import org.tongban.common.JsonCodec;

/**
 * Writes a case's history: each transition becomes an application event and an audit entry, in the
 * transaction that made the change.
 */
@ApplicationScoped
public class CaseHistory {

    @Inject
    JsonCodec json;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CaseEventRecorded> recorded;

    /** An event that moves no counter and sends no SMS (a change of warning colour). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationEvent record(
            Application application,
            String action,
            ApplicationState from,
            ApplicationState to,
            Actor actor,
            String comment,
            Object details) {
        return record(application, action, from, to, actor, comment, details, Counters.NONE, null);
    }

    /**
     * @param counters what the event adds to the report card
     * @param notification the SMS the applicant is sent, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationEvent record(
            Application application,
            String action,
            ApplicationState from,
            ApplicationState to,
            Actor actor,
            String comment,
            Object details,
            Counters counters,
            String notification) {
        var event = new ApplicationEvent();
        event.applicationId = application.id;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.actor = actor.id();
        event.actingClient = actor.actingClient();
        event.actorRole = actor.role();
        event.occurredAt = Clocks.utcNow(clock);
        event.comment = comment;
        event.details = details == null ? null : json.write(details);
        event.persist();
        recorded.fire(new CaseEventRecorded(
                application, action, from, to, actor, event.occurredAt, LocalDate.now(clock), counters, notification));
        audit.record(
                actor,
                "application." + action.toLowerCase().replace('_', '-'),
                "application",
                application.number,
                application.handlingDistrict,
                from,
                to);
        return event;
    }
}
