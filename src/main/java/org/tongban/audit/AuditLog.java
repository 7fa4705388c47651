package org.tongban.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.tongban.common.Clocks;

/** Appends to the audit trail inside the caller's transaction: the record and the change commit together. */
@ApplicationScoped
public class AuditLog {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * @param scopeDistrict the district whose supervisors may read it (null: city supervisors only)
     * @param before the state before (null for a creation), serialised as JSON
     * @param after the state after (null for a removal), serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            Actor actor,
            String action,
            String subjectType,
            String subjectId,
            String scopeDistrict,
            Object before,
            Object after) {
        var entry = new AuditEntry();
        entry.recordedAt = Clocks.utcNow(clock);
        entry.actor = actor.id();
        entry.actingClient = actor.actingClient();
        entry.actorRole = actor.role();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.scopeDistrict = scopeDistrict;
        entry.beforeState = toJson(before);
        entry.afterState = toJson(after);
        entry.persist();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state is not serialisable: " + state.getClass(), e);
        }
    }
}
