package org.tongban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tongban.operations.Client.Answer;
import org.tongban.testing.KeycloakProcess;

/**
 * What survives a crash: the packaged service killed with SIGKILL in the middle of a submission
 * load and started again, its database server killed and started again under load, and Keycloak
 * stopped. The database is a MariaDB of this check's own (target/crash-db, a free loopback port),
 * and so is the Keycloak, since both are killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

    private static final String SCHEMA = "tongban";
    private static final int CLIENTS = 3;
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private static OwnMariaDb database;
    private static KeycloakProcess keycloak;
    private static volatile PackagedService service;
    private static CaseRecords db;
    private static String citizen;

    @BeforeAll
    static void start() throws Exception {
        database = OwnMariaDb.create("crash-db");
        keycloak = KeycloakProcess.startOwn("keycloak-crash");
        Map<String, String> env = Instances.variables(database.jdbcUrl(SCHEMA), "root", "", keycloak.baseUrl());
        service = PackagedService.start("crash-service", env);
        db = new CaseRecords(database.jdbcUrl(SCHEMA), "root", "");
        citizen = Client.login(keycloak.baseUrl(), "citizen-chen", "tongban-app");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {service, db, database}) {
            if (open != null) {
                open.close();
            }
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Order(1)
    @Test
    void sigkillMidLoadLosesNoAcknowledgedSubmissionAndRetriesMakeOneApplicationEach() throws Exception {
        SubmissionLoad load = SubmissionLoad.start(() -> service.api("").toString(), citizen, CLIENTS);
        load.awaitAnswered(9, LIMIT);
        service.kill();
        PackagedService killed = service;
        service = killed.restart("crash-service-restarted");
        load.awaitAnswered(3, LIMIT);
        load.stop(LIMIT);

        assertThat(load.unexpected).isEmpty();
        assertThat(load.retried())
                .as("some clients were cut off mid-request and retried")
                .isNotEmpty();
        assertEveryKeyMadeExactlyOneApplication(load);
    }

    @Order(2)
    @Test
    void aDatabaseRestartTakesReadinessDownTheServiceRecoversAndNoAcknowledgedWriteIsLost() throws Exception {
        SubmissionLoad load = SubmissionLoad.start(() -> service.api("").toString(), citizen, CLIENTS);
        load.awaitAnswered(5, LIMIT);
        database.kill();
        assertThat(awaitReadiness(r -> "DOWN".equals(check(r, "Database connections health check"))))
                .as("readiness goes down with the database")
                .isTrue();
        PackagedService.sleep(Duration.ofSeconds(2));
        database.start();
        assertThat(awaitReadiness(r -> "UP".equals(r.path("status").asText())))
                .as("readiness comes back by itself")
                .isTrue();
        load.awaitAnswered(5, LIMIT);
        load.stop(LIMIT);

        assertThat(load.unexpected).isEmpty();
        assertEveryKeyMadeExactlyOneApplication(load);
    }

    @Order(3)
    @Test
    void withKeycloakStoppedIssuedTokensStillWorkNewLoginsFailAndReadinessIsDegraded() throws Exception {
        String token = Client.login(keycloak.baseUrl(), "citizen-lin", "tongban-app");
        assertThat(Client.get(service.api("/api/v1/me/applications"), token).status())
                .isEqualTo(200);
        assertThat(awaitReadiness(r -> "UP".equals(check(r, "identity-provider"))))
                .isTrue();

        keycloak.stop();
        Instant stopped = Instant.now();
        while (keycloakAnswers()) {
            assertThat(Duration.between(stopped, Instant.now())).isLessThan(Duration.ofMinutes(1));
            PackagedService.sleep(Duration.ofMillis(200));
        }

        assertThatThrownBy(() -> Client.login(keycloak.baseUrl(), "citizen-lin", "tongban-app"))
                .as("no new login")
                .isInstanceOf(IOException.class);
        assertThat(Client.get(service.api("/api/v1/me/applications"), token).status())
                .as("a token issued before keeps working: the realm's keys are cached")
                .isEqualTo(200);
        Answer ready = Client.get(service.management("/q/health/ready"), null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonNode identity = checkNode(ready.json(), "identity-provider");
        assertThat(identity.path("status").asText()).isEqualTo("UP");
        assertThat(identity.path("data").path("state").asText()).startsWith("degraded");
    }

    /**
     * Every key ended with one 201, and the database agrees: one application per key (no more
     * applications than keys, each key's number its own), each with its event, audit entry and
     * outbox row, and numbers still gap-free.
     */
    private static void assertEveryKeyMadeExactlyOneApplication(SubmissionLoad load) throws Exception {
        var numbers = new HashSet<String>();
        load.answered.values().forEach(outcome -> numbers.add(outcome.number()));
        assertThat(numbers).as("each key its own application").hasSize(load.answered.size());
        for (String number : numbers) {
            assertThat(db.count("SELECT COUNT(*) FROM application WHERE number = ?", number))
                    .as("acknowledged %s is stored", number)
                    .isEqualTo(1);
        }
        assertThat(db.count("SELECT COUNT(*) FROM application"))
                .as("no application beyond the acknowledged ones")
                .isEqualTo(allAnswered + load.answered.size());
        allAnswered += load.answered.size();
        assertThat(db.halfWritten()).isEmpty();
        assertThat(db.numberingProblems()).isEmpty();
    }

    /** Applications acknowledged by the tests before the current one. */
    private static long allAnswered;

    private static boolean keycloakAnswers() {
        try {
            Client.get(java.net.URI.create(keycloak.baseUrl() + "/realms/tongban"), null);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitReadiness(Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.test(
                        Client.get(service.management("/q/health/ready"), null).json())) {
                    return true;
                }
            } catch (IOException notAnswering) {
                // keep asking
            }
            PackagedService.sleep(Duration.ofMillis(300));
        }
        return false;
    }

    private static String check(JsonNode health, String name) {
        return checkNode(health, name).path("status").asText();
    }

    private static JsonNode checkNode(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
