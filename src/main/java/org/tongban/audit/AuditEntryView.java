package org.tongban.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/** An audit entry as supervisors read it; before/after are the recorded JSON states. */
public record AuditEntryView(
        long id,
        Long seq,
        LocalDateTime recordedAt,
        String actor,
        String actingClient,
        String actorRole,
        String action,
        String subjectType,
        String subjectId,
        String scopeDistrict,
        JsonNode before,
        JsonNode after,
        String prevHash,
        String keyId,
        String hash) {}
