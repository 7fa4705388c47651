package org.tongban.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.common.Divisions;
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

    @Inject
    AuditConfig config;

    /**
     * One bounded verification step for a supervisor: from the last verified seal, or, given
     * {@code fromSeq}, a re-check of entries verified before. A batch of pending entries is sealed
     * first, so recent changes are covered.
     */
    public ChainReport verify(Caller supervisor, Long fromSeq, Integer limit) {
        sealer.sealBatch();
        int bounded = limit == null ? config.verifyLimit() : Math.min(limit, config.verifyLimit());
        String by = supervisor.username();
        return fromSeq == null ? verifier.verifyNew(bounded, by) : verifier.recheck(fromSeq, bounded, by);
    }

    public Page<AuditEntryView> list(Caller supervisor, String subjectType, String subjectId, Long before, int limit) {
        var query = new StringBuilder("subjectType = :type AND subjectId = :id");
        Map<String, Object> params = new HashMap<>(Map.of("type", subjectType, "id", subjectId));
        String area = supervisor.scope().supervisedArea().orElse(""); // as every case list: DataScope
        if (!area.equals(Divisions.CITY)) {
            query.append(" AND scopeDistrict = :district");
            params.put("district", area);
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
                e.keyId,
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
