package org.tongban.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.common.Page;
import org.tongban.identity.Caller;

/** Reading the audit trail: entries of a subject within the supervisor's district, and the chain check. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditSealer sealer;

    @Inject
    AuditVerifier verifier;

    @Inject
    ObjectMapper json;

    /** Seals what is pending first, so the report covers every entry written so far. */
    public ChainReport verify() {
        while (sealer.sealBatch() > 0) {
            // next batch
        }
        return verifier.verify();
    }

    public Page<AuditEntryView> list(Caller supervisor, String subjectType, String subjectId, Long before, int limit) {
        var query = new StringBuilder("subjectType = :type AND subjectId = :id");
        Map<String, Object> params = new HashMap<>(Map.of("type", subjectType, "id", subjectId));
        if (!supervisor.isCitywideSupervisor()) {
            query.append(" AND scopeDistrict = :district");
            params.put("district", supervisor.district().orElse(""));
        }
        if (before != null) {
            query.append(" AND id < :before");
            params.put("before", before);
        }
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find(query + " ORDER BY id DESC", params)
                .page(0, limit + 1)
                .list();
        return Page.of(entries.stream().map(this::view).toList(), limit, view -> String.valueOf(view.id()));
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(
                e.id,
                e.seq,
                e.recordedAt,
                e.actor,
                e.actingClient,
                e.actorRole,
                e.action,
                e.subjectType,
                e.subjectId,
                e.scopeDistrict,
                parse(e.beforeState),
                parse(e.afterState),
                e.prevHash,
                e.hash);
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
