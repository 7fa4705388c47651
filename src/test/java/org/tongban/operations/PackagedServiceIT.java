package org.tongban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.FreePort;
import org.tongban.testing.TestEnvironment;

/**
 * The packaged service in its production configuration, started as a separate process: the API
 * port answers nothing under /q (health, metrics, the API description and Swagger UI are on the
 * management port), and SIGTERM lets the request in flight finish, refuses new ones, hands back the
 * job lease and exits. Its own fresh schema, so its scheduled jobs find nothing of the other tests.
 * No identity provider answers: only public reads are made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServiceIT {

    private static final String SCHEMA = TestEnvironment.schema() + "_packaged";
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    /** DeemedAcceptanceJob first runs 30 s after start and takes its lease then. */
    private static final String JOB = "deemed-acceptance";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PackagedService service;
    private static Map<String, String> environment;

    @BeforeAll
    static void start() {
        TestEnvironment.recreateSchema(SCHEMA);
        Map<String, String> env = new HashMap<>(TestEnvironment.databaseVariables(SCHEMA));
        env.put("TONGBAN_OIDC_URL", "http://127.0.0.1:" + FreePort.any() + "/realms/tongban");
        env.put("TONGBAN_SHUTDOWN_DELAY", SHUTDOWN_DELAY.toSeconds() + "s");
        env.put("TONGBAN_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT.toSeconds() + "s");
        // Production refuses to start without its keys (README, Security).
        env.put("TONGBAN_AUDIT_KEY_ID", "packaged-check-1");
        env.put("TONGBAN_AUDIT_KEY", "packaged-service-check-only-audit-key-not-for-real-use");
        env.put("TONGBAN_PERSONAL_DATA_KEY_ID", "packaged-check-1");
        env.put("TONGBAN_PERSONAL_DATA_KEY", "packaged-service-check-only-data-key-not-for-real-use");
        env.put("TONGBAN_PERSONAL_DATA_LOOKUP_KEY", "packaged-service-check-only-lookup-key-not-for-real-use");
        environment = Map.copyOf(env);
        service = PackagedService.start("packaged-service-it", env);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(
            strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void theApiPortAnswersNothingUnderQ(String path) {
        assertThat(service.get(service.api(path)).statusCode()).isEqualTo(404);
    }

    @Order(2)
    @Test
    void theManagementPortServesProbesMetricsAndTheApiDescription() throws Exception {
        assertThat(json(service.get(service.management("/q/health/live")))
                        .path("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(json(service.get(service.management("/q/health/started")))
                        .path("status")
                        .asText())
                .isEqualTo("UP");
        HttpResponse<String> ready = service.get(service.management("/q/health/ready"));
        assertThat(ready.statusCode()).as("no identity provider answers").isEqualTo(503);
        assertThat(check(json(ready), "Database connections health check")).hasValue("UP");
        assertThat(check(json(ready), "identity-provider")).hasValue("DOWN");

        HttpResponse<String> metrics = service.get(service.management("/q/metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "tongban_outbox_backlog");
        HttpResponse<String> openapi = service.get(service.management("/q/openapi"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/applications");
        assertThat(service.get(service.management("/q/swagger-ui/")).statusCode())
                .isEqualTo(200);
    }

    @Order(3)
    @Test
    void sigtermFinishesTheRequestInFlightRefusesNewOnesReleasesTheLeaseAndExits() throws Exception {
        String holder = awaitLeaseHolder(Duration.ofSeconds(60));
        CompletableFuture<HttpResponse<String>> inFlight;
        try (Connection db = TestEnvironment.connect();
                var statement = db.createStatement()) {
            statement.execute("USE " + SCHEMA);
            // A write lock makes every read of the table wait: a request that is slow for as long as we like.
            statement.execute("LOCK TABLES delegation WRITE");
            inFlight = service.getLater(service.api("/api/v1/delegations"));
            PackagedService.sleep(Duration.ofSeconds(1));
            assertThat(inFlight)
                    .as("the request waits on the locked delegation table")
                    .isNotDone();

            service.terminate();
            Instant terminated = Instant.now();
            assertThat(awaitReadiness(
                            r -> "DOWN".equals(check(r, "Graceful Shutdown").orElse(null))))
                    .as("during the delay readiness says the instance is going away")
                    .isTrue();
            assertThat(awaitStatus("/api/v1/calendar/years", 503))
                    .as("after the delay new requests are refused")
                    .isTrue();
            assertThat(Duration.between(terminated, Instant.now())).isGreaterThanOrEqualTo(SHUTDOWN_DELAY);
            assertThat(inFlight).as("the request in flight is still waited for").isNotDone();

            statement.execute("UNLOCK TABLES");
        }
        HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(json(finished).isArray()).isTrue();

        OptionalInt exit = service.awaitExit(SHUTDOWN_TIMEOUT);
        assertThat(exit)
                .as("exits once the request is done (see %s)", service.log)
                .isPresent();
        assertThat(exit.getAsInt()).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(leaseHolder()).as("lease of %s handed back", holder).isEmpty();
    }

    /** Only Liquibase's own validation guards this: Quarkus's validate-on-migrate is off (start-up time). */
    @Order(4)
    @Test
    void aChangesetEditedAfterItRanStopsTheStart() throws Exception {
        try (Connection db = TestEnvironment.connect();
                var statement = db.createStatement()) {
            statement.execute("USE " + SCHEMA);
            assertThat(statement.executeUpdate(
                            "UPDATE DATABASECHANGELOG SET MD5SUM = '9:0123456789abcdef0123456789abcdef'"
                                    + " WHERE ORDEREXECUTED = 1"))
                    .isEqualTo(1);
        }
        assertThatThrownBy(() -> PackagedService.start("packaged-service-it-edited-changeset", environment))
                .hasMessageContaining("exited while starting");
        assertThat(Files.readString(Path.of("target", "packaged-service-it-edited-changeset.log")))
                .contains("Validation Failed", "check sum");
    }

    private static String awaitLeaseHolder(Duration limit) throws SQLException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> holder = leaseHolder();
            if (holder.isPresent()) {
                return holder.get();
            }
            PackagedService.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("The service took no lease of " + JOB + " within " + limit);
    }

    /** Who holds the job's lease now, if anyone. */
    private static Optional<String> leaseHolder() throws SQLException {
        try (Connection db = TestEnvironment.connect();
                var query = db.prepareStatement("SELECT holder FROM " + SCHEMA
                        + ".job_lease WHERE name = ? AND holder IS NOT NULL AND expires_at > NOW(3)")) {
            query.setString(1, JOB);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean awaitReadiness(Predicate<JsonNode> condition) {
        return awaitWithinDelay(() -> condition.test(json(service.get(service.management("/q/health/ready")))));
    }

    private static boolean awaitStatus(String path, int status) {
        return awaitWithinDelay(() -> service.get(service.api(path)).statusCode() == status);
    }

    private static boolean awaitWithinDelay(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(SHUTDOWN_DELAY.multipliedBy(3));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            PackagedService.sleep(Duration.ofMillis(100));
        }
        return false;
    }

    private static Optional<String> check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return Optional.of(check.path("status").asText());
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
