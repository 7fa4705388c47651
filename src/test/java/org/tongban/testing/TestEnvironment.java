package org.tongban.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The real things every test class shares, started once per test run: a fresh MariaDB/MySQL
 * schema (Liquibase migrates it when the service boots) and a Keycloak with the demo realm.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    static final String SERVER_URL = System.getProperty("tongban.test.db-server", "jdbc:mysql://127.0.0.1:3306/");
    static final String SCHEMA = System.getProperty("tongban.test.db-schema", "tongban_test");
    static final String DB_USER = System.getProperty("tongban.test.db-user", "root");
    static final String DB_PASSWORD = System.getProperty("tongban.test.db-password", "");

    private KeycloakProcess keycloak;

    @Override
    public Map<String, String> start() {
        recreateSchema();
        keycloak = KeycloakProcess.startOrReuse();
        System.setProperty(Tokens.KEYCLOAK_URL_PROPERTY, keycloak.baseUrl());
        return Map.of(
                "quarkus.oidc.auth-server-url",
                keycloak.baseUrl() + "/realms/tongban",
                "quarkus.datasource.jdbc.url",
                jdbcUrl(),
                "quarkus.datasource.username",
                DB_USER,
                "quarkus.datasource.password",
                DB_PASSWORD);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    public static String jdbcUrl() {
        return SERVER_URL + SCHEMA
                + "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    private static void recreateSchema() {
        try (var connection = DriverManager.getConnection(SERVER_URL, DB_USER, DB_PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot reach the test database at " + SERVER_URL
                            + " (start MariaDB: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)",
                    e);
        }
    }
}
