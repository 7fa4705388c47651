package org.tongban.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The real things every test class shares, started once per test run: a fresh MariaDB/MySQL
 * schema (Liquibase migrates it when the service boots), a Keycloak with the demo realm, and rate
 * limits under a Redis key prefix of this run's own.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    static final String SERVER_URL = System.getProperty("tongban.test.db-server", "jdbc:mysql://127.0.0.1:3306/");
    static final String SCHEMA = System.getProperty("tongban.test.db-schema", "tongban_test");
    static final String DB_USER = System.getProperty("tongban.test.db-user", "root");
    static final String DB_PASSWORD = System.getProperty("tongban.test.db-password", "");
    /** Rate-limit keys of this run, apart from other runs sharing the machine's Redis. */
    private static final String RATE_LIMIT_KEYS =
            "tongban-test:" + SCHEMA + ":" + Long.toHexString(System.nanoTime()) + ":rl:";

    private KeycloakProcess keycloak;

    @Override
    public Map<String, String> start() {
        recreateSchema(SCHEMA);
        keycloak = KeycloakProcess.startOrReuse();
        System.setProperty(Tokens.KEYCLOAK_URL_PROPERTY, keycloak.baseUrl());
        return Map.of(
                "quarkus.oidc.auth-server-url",
                keycloak.baseUrl() + "/realms/tongban",
                "quarkus.datasource.jdbc.url",
                jdbcUrl(SCHEMA),
                "quarkus.datasource.username",
                DB_USER,
                "quarkus.datasource.password",
                DB_PASSWORD,
                "tongban.rate-limits.key-prefix",
                RATE_LIMIT_KEYS);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    /** The schema of this run's {@code @QuarkusTest}s; other checks derive theirs from it. */
    public static String schema() {
        return SCHEMA;
    }

    public static String jdbcUrl(String schema) {
        return SERVER_URL + schema
                + "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    /** The environment variables that point the packaged service at {@code schema}. */
    public static Map<String, String> databaseVariables(String schema) {
        return Map.of(
                "TONGBAN_DB_URL", jdbcUrl(schema), "TONGBAN_DB_USER", DB_USER, "TONGBAN_DB_PASSWORD", DB_PASSWORD);
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER_URL, DB_USER, DB_PASSWORD);
    }

    public static void recreateSchema(String schema) {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot reach the test database at " + SERVER_URL
                            + " (start MariaDB: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)",
                    e);
        }
    }
}
