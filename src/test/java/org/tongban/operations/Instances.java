package org.tongban.operations;

import java.util.HashMap;
import java.util.Map;
import org.tongban.testing.TestEnvironment;

/** How the multi-instance and crash checks configure the packaged service (production profile). */
final class Instances {

    private Instances() {}

    /**
     * One instance of a cluster on {@code jdbcUrl}'s schema: jobs every second from the start (the
     * shipped schedules are minutes apart), webhooks to the checks' loopback receiver over plain
     * HTTP, quick retries, no rate limits (the checks send more than any one person would).
     */
    static Map<String, String> variables(String jdbcUrl, String user, String password, String keycloak) {
        Map<String, String> env = new HashMap<>();
        env.put("TONGBAN_DB_URL", jdbcUrl);
        env.put("TONGBAN_DB_USER", user);
        env.put("TONGBAN_DB_PASSWORD", password);
        env.put("TONGBAN_OIDC_URL", keycloak + "/realms/tongban");
        // Production refuses to start without an audit key (README, Security).
        env.put("TONGBAN_AUDIT_KEY_ID", "cluster-check-1");
        env.put("TONGBAN_AUDIT_KEY", "cluster-checks-only-audit-key-not-for-any-real-use");
        env.put("TONGBAN_RATE_LIMITS_ENABLED", "false");
        env.put("TONGBAN_SHUTDOWN_DELAY", "0s");
        // A loaded CI machine's database may take longer than the default 5 s to hand out a connection.
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
        for (String job : new String[] {"DEEMED_ACCEPTANCE", "WARNINGS"}) {
            env.put("TONGBAN_JOBS_" + job + "_EVERY", "1s");
            env.put("TONGBAN_JOBS_" + job + "_DELAY", "1s");
        }
        env.put("TONGBAN_JOBS_OUTBOX_DISPATCH_EVERY", "1s");
        env.put("TONGBAN_JOBS_OUTBOX_DELIVER_EVERY", "1s");
        env.put("TONGBAN_OUTBOX_FIRST_BACKOFF", "1s");
        env.put("TONGBAN_OUTBOX_WEBHOOKS_ALLOW_PLAIN_HTTP", "true");
        env.put("TONGBAN_OUTBOX_WEBHOOKS_INTERNAL_NETWORKS", "127.0.0.1/32");
        return env;
    }

    /** The same, on a schema of the tests' MariaDB/MySQL server. */
    static Map<String, String> variables(String schema, String keycloak) {
        Map<String, String> db = TestEnvironment.databaseVariables(schema);
        return variables(db.get("TONGBAN_DB_URL"), db.get("TONGBAN_DB_USER"), db.get("TONGBAN_DB_PASSWORD"), keycloak);
    }
}
