package org.tongban.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tongban.audit.Actor;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.CaseEventRecorded;
import org.tongban.common.JsonCodec;
import org.tongban.common.RequestIds;

/**
 * Writes application events to the outbox, in the transaction that made them: an event exists
 * exactly when its change committed, and a slow or failing receiver never holds up the change.
 * Payloads carry no personal data (no name, ID number or phone).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    JsonCodec json;

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(@Observes CaseEventRecorded recorded) {
        Application a = recorded.application();
        String action = recorded.action();
        ApplicationState from = recorded.from();
        ApplicationState to = recorded.to();
        Actor actor = recorded.actor();
        LocalDateTime at = recorded.at();
        var event = new OutboxEvent();
        event.eventId = UUID.randomUUID().toString();
        event.eventType = "application." + action.toLowerCase().replace('_', '-');
        event.applicationNumber = a.number;
        event.district = a.handlingDistrict;
        event.createdAt = at;
        event.requestId = RequestIds.current();
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("number", a.number);
        application.put("itemCode", a.itemCode);
        application.put("itemVersion", a.itemVersionNo);
        application.put("from", from);
        application.put("state", to);
        application.put("handlingPoint", a.handlingPoint);
        application.put("handlingDistrict", a.handlingDistrict);
        application.put("promisedDue", a.promisedDue);
        application.put("warning", a.warning);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", event.eventId);
        payload.put("type", event.eventType);
        payload.put("occurredAt", at + "Z");
        payload.put("requestId", event.requestId);
        payload.put("application", application);
        payload.put(
                "actor",
                Map.of("role", actor.role(), "client", actor.actingClient() == null ? "" : actor.actingClient()));
        event.payload = json.write(payload);
        event.notification = recorded.notification();
        event.persist();
    }
}
