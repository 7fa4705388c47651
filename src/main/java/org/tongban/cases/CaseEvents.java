package org.tongban.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tongban.common.JsonCodec;
import org.tongban.identity.Caller;

/** Reading a case's history, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseEvents {

    @Inject
    JsonCodec json;

    public List<EventView> of(Caller caller, String number) {
        var application = ApplicationAccess.visible(caller, number);
        return ApplicationEvent.<ApplicationEvent>list("applicationId = ?1 ORDER BY id", application.id).stream()
                .map(e -> new EventView(
                        e.id,
                        e.action,
                        e.fromState,
                        e.toState,
                        e.actor,
                        e.actingClient,
                        e.actorRole,
                        e.occurredAt,
                        e.comment,
                        json.tree(e.details)))
                .toList();
    }
}
