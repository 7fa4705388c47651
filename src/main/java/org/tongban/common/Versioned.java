package org.tongban.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/**
 * Optimistic concurrency over HTTP: a mutable resource's ETag is its row version, and a change must
 * name it in If-Match. A missing If-Match is 428; a stale one 412.
 */
public final class Versioned {

    private Versioned() {}

    public static EntityTag etag(int rowVersion) {
        return new EntityTag("v" + rowVersion);
    }

    public static void requireMatch(String ifMatch, int currentRowVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", Message.of("version.if-match-required"), List.of());
        }
        String expected = "\"v" + currentRowVersion + "\"";
        if (!ifMatch.trim().equals(expected) && !ifMatch.trim().equals("W/" + expected)) {
            throw new ProblemException(412, "stale-version", Message.of("version.stale", expected), List.of());
        }
    }
}
