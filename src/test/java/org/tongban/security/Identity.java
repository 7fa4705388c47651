package org.tongban.security;

import java.util.function.Supplier;
import org.tongban.testing.Tokens;

/**
 * The callers of the access matrix, one column each: real tokens of the demo realm. "Own" and
 * "point"/"holder"/"district" are relative to the fixtures: citizen-chen's applications, handled at
 * Haicang's centre and held by Haicang's housing provident fund (gjj) reviewers.
 */
enum Identity {
    NONE("none", () -> null),
    CITIZEN_OWN("citizen-own", () -> Tokens.of("citizen-chen")),
    CITIZEN_FOREIGN("citizen-foreign", () -> Tokens.of("citizen-lin")),
    CLERK_POINT("clerk-point", () -> staff("clerk-haicang")),
    CLERK_OTHER("clerk-other", () -> staff("clerk-xiangan")),
    REVIEWER_HOLDER("reviewer-holder", () -> staff("reviewer-gjj")),
    REVIEWER_OTHER("reviewer-other", () -> staff("reviewer-gjj-xiangan")),
    HEAD("department-head", () -> staff("head-gjj")),
    SUPERVISOR_DISTRICT("supervisor-district", () -> staff("supervisor-haicang")),
    SUPERVISOR_CITY("supervisor-city", () -> staff("supervisor-city")),
    CATALOG_ADMIN("catalog-admin", () -> staff("admin-catalog")),
    KIOSK("kiosk", Tokens::kiosk),
    OUTLET("outlet", () -> Tokens.clientCredentials("outlet-demo-post-haicang", "demo-outlet-secret"));

    final String column;
    private final Supplier<String> token;

    Identity(String column, Supplier<String> token) {
        this.column = column;
        this.token = token;
    }

    /** The access token, or null for no token at all. */
    String token() {
        return token.get();
    }

    /** A caller the operation's {@code x-roles} admit: the anonymous one where it is public. */
    static Identity allowedBy(ContractOperations.Operation operation) {
        String role = operation.spec().path("x-roles").path(0).asText("public");
        return switch (role) {
            case "public" -> NONE;
            case "any authenticated", "citizen" -> CITIZEN_OWN;
            case "clerk" -> CLERK_POINT;
            case "kiosk" -> KIOSK;
            case "reviewer" -> REVIEWER_HOLDER;
            case "supervisor" -> SUPERVISOR_CITY;
            case "catalog-admin" -> CATALOG_ADMIN;
            default -> throw new IllegalArgumentException("No demo caller has the role " + role);
        };
    }

    private static String staff(String user) {
        return Tokens.of(user, "tongban-clerk");
    }
}
