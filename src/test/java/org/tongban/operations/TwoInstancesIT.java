package org.tongban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tongban.operations.Client.Answer;
import org.tongban.testing.Api;
import org.tongban.testing.KeycloakProcess;
import org.tongban.testing.TestEnvironment;
import org.tongban.testing.WebhookReceiver;

/**
 * Two packaged instances on one database schema and one Keycloak, as a city runs them behind a
 * load balancer: a mixed load through both (idempotent submissions whose retries land on the other
 * instance, the same action raced from both, work-queue reads, a catalogue change), then what the
 * database and a loopback webhook receiver saw. The scheduled jobs run every second on both, and
 * their leases are taken from under them while they run, so both instances really do run them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String SCHEMA = TestEnvironment.schema() + "_two";
    /** Modest on purpose: the machine running CI has two cores. */
    private static final int SUBMISSIONS = 36;

    private static final int CLIENTS = 6;
    private static final int CONFLICTS = 8;
    private static final int DUE = 6;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** One reference check period (1 s) with slack for a loaded machine. */
    private static final Duration CATALOGUE_BOUND = Duration.ofSeconds(5);

    /** Threads of their own: the common pool may run one task at a time on a two-core machine. */
    private static final ExecutorService RACERS = Executors.newCachedThreadPool();

    private static KeycloakProcess keycloak;
    private static WebhookReceiver receiver;
    private static PackagedService a;
    private static PackagedService b;
    private static CaseRecords db;
    private static String citizen;
    private static String clerk;
    private static String admin;
    /** Numbers of the applications submitted, in submission order. */
    private static final List<String> numbers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        TestEnvironment.recreateSchema(SCHEMA);
        keycloak = KeycloakProcess.startOrReuse();
        receiver = WebhookReceiver.concurrent();
        // Every fourth event's first send is refused: its retry may come from the other instance.
        receiver.failFirstCallOf(eventId -> Math.floorMod(eventId.hashCode(), 4) == 0);
        Map<String, String> env = Instances.variables(SCHEMA, keycloak.baseUrl());
        // One after the other, as a rolling deployment adds instances: the first migrates and seeds.
        a = PackagedService.start("two-instances-a", env);
        b = PackagedService.start("two-instances-b", env);
        db = new CaseRecords(env.get("TONGBAN_DB_URL"), env.get("TONGBAN_DB_USER"), env.get("TONGBAN_DB_PASSWORD"));
        citizen = Client.login(keycloak.baseUrl(), "citizen-chen", "tongban-app");
        clerk = Client.login(keycloak.baseUrl(), "clerk-haicang", "tongban-clerk");
        admin = Client.login(keycloak.baseUrl(), "admin-catalog", "tongban-clerk");
        Answer subscribed = Client.send(
                "POST",
                a.api("/api/v1/admin/webhooks"),
                admin,
                Map.of(
                        "url", receiver.url(),
                        "eventTypes", List.of("*"),
                        "districts", List.of(),
                        "secret", "two-instances-check-secret"));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {a, b, db, receiver}) {
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
    void everyRetryOnTheOtherInstanceIsAnsweredWithTheFirstAnswer() throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        Future<List<Integer>> queueReads = queueReadsUntil(loading);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Answer>>> submissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            int n = i;
            submissions.add(clients.submit(() -> submitAndRetry(n)));
        }
        Map<String, List<Answer>> byNumber = new HashMap<>();
        for (Future<List<Answer>> submission : submissions) {
            List<Answer> answers = submission.get();
            Answer original = answers.get(0);
            assertThat(answers).extracting(Answer::status).as(original.body()).containsOnly(201);
            for (Answer retry : answers) {
                // Each instance writes its own host into the absolute Location; the path is the answer.
                assertThat(URI.create(retry.location()).getPath())
                        .isEqualTo(URI.create(original.location()).getPath());
                // A one-time rating code is shown only in the very first answer, never replayed.
                assertThat(retry.jsonWithout("ratingCode")).isEqualTo(original.jsonWithout("ratingCode"));
            }
            byNumber.put(original.json().path("number").asText(), answers);
            numbers.add(original.json().path("number").asText());
        }
        clients.shutdown();
        loading.set(false);

        assertThat(byNumber).as("one application per key").hasSize(SUBMISSIONS);
        assertThat(db.count("SELECT COUNT(*) FROM application")).isEqualTo(SUBMISSIONS);
        assertThat(queueReads.get())
                .as("work-queue reads through both instances")
                .isNotEmpty()
                .containsOnly(200);
        assertThat(db.numberingProblems()).isEmpty();
        assertThat(db.halfWritten()).isEmpty();
    }

    @Order(2)
    @Test
    void theSameActionRacedFromBothInstancesHasExactlyOneWinner() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        for (String number : numbers.subList(0, CONFLICTS)) {
            URI path = URI.create("/api/v1/applications/" + number);
            String etag = Client.get(a.api(path.getPath()), clerk).etag();
            // One clerk accepts through A while another asks for a supplement through B, both having read the same
            // version.
            Future<Answer> accept = racers.submit(() -> act(a, number, etag, Map.of("action", "ACCEPT")));
            Future<Answer> notice = racers.submit(() -> act(
                    b,
                    number,
                    etag,
                    Map.of(
                            "action",
                            "REQUEST_SUPPLEMENT",
                            "missing",
                            List.of(Map.of("target", "materials.bank-card", "problem", "illegible")))));
            List<Integer> statuses = List.of(accept.get().status(), notice.get().status());
            assertThat(statuses)
                    .as("%s: %s / %s", number, accept.get().body(), notice.get().body())
                    .containsOnlyOnce(200)
                    .containsAnyOf(409, 412);
            assertThat(db.count(
                            "SELECT COUNT(*) FROM application_event e JOIN application a ON a.id = e.application_id"
                                    + " WHERE a.number = ? AND e.action IN ('ACCEPT', 'REQUEST_SUPPLEMENT')",
                            number))
                    .as("%s has one decision on acceptance", number)
                    .isEqualTo(1);
        }
        racers.shutdown();
    }

    @Order(3)
    @Test
    void aCatalogueChangeThroughOneInstanceIsServedByTheOtherAtOnce() throws Exception {
        ObjectNode header = (ObjectNode) Client.get(b.api("/api/v1/items/gjj-withdraw-rent"), null)
                .json()
                .path("item");
        String renamed =
                "Rent withdrawal (renamed " + UUID.randomUUID().toString().substring(0, 8) + ")";
        ((ObjectNode) header.get("name")).put("en", renamed);
        Answer saved = Client.send("PUT", a.api("/api/v1/admin/items/gjj-withdraw-rent"), admin, header);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Instant committed = Instant.now();
        assertThat(Client.get(a.api("/api/v1/items/gjj-withdraw-rent"), null)
                        .json()
                        .path("item")
                        .path("name")
                        .path("en")
                        .asText())
                .as("the instance that made the change serves it at once")
                .isEqualTo(renamed);
        // Every instance serves the catalogue from memory and checks reference_version once per
        // tongban.reference.check-every (1 s): the documented bound for the others. A loaded CI
        // machine gets a few periods of slack.
        awaitTrue(
                "the other instance serves the new name",
                () -> renamed.equals(Client.get(b.api("/api/v1/items/gjj-withdraw-rent"), null)
                        .json()
                        .path("item")
                        .path("name")
                        .path("en")
                        .asText()));
        assertThat(Duration.between(committed, Instant.now())).isLessThan(CATALOGUE_BOUND);
    }

    @Order(4)
    @Test
    void eachJobActsOncePerDueItemThoughBothInstancesRunIt() throws Exception {
        List<String> waiting = numbers.subList(CONFLICTS, CONFLICTS + DUE);
        AtomicBoolean stealing = new AtomicBoolean(true);
        // A lease taken from under its holder (as after a long pause): both instances run the jobs.
        Future<?> thief = Executors.newSingleThreadExecutor().submit(() -> {
            while (stealing.get()) {
                db.update(
                        "UPDATE job_lease SET expires_at = '1970-01-01' WHERE name IN ('deemed-acceptance', 'warnings')");
                PackagedService.sleep(Duration.ofMillis(200));
            }
            return null;
        });
        // Their five working days of Art. 32 are long over: deemed accepted, late, hence red at once.
        for (String number : waiting) {
            db.update(
                    "UPDATE application SET materials_received_on = materials_received_on - INTERVAL 30 DAY,"
                            + " received_on = received_on - INTERVAL 30 DAY WHERE number = ?",
                    number);
        }
        awaitTrue(
                "deemed acceptance of " + waiting,
                () -> db.count(
                                "SELECT COUNT(*) FROM application WHERE state = 'ACCEPTED' AND warning = 'RED' AND number IN ("
                                        + placeholders(waiting.size()) + ")",
                                waiting.toArray())
                        == waiting.size());
        // A few more rounds of both jobs on both instances: nothing may be done twice.
        PackagedService.sleep(Duration.ofSeconds(4));
        stealing.set(false);
        thief.get();
        for (String number : waiting) {
            assertThat(eventCount(number, "DEEM_ACCEPTED")).as(number).isEqualTo(1);
            assertThat(eventCount(number, "WARNING"))
                    .as("%s: one change of colour to red", number)
                    .isEqualTo(1);
        }
        assertThat(db.count("SELECT COUNT(DISTINCT holder) FROM job_lease WHERE holder IS NOT NULL"))
                .as("the lease went back and forth, yet nothing was done twice")
                .isGreaterThanOrEqualTo(1);
    }

    @Order(5)
    @Test
    void everyWebhookEventArrivesAndNoSendOverlapsAnotherOfTheSameEvent() throws Exception {
        awaitTrue(
                "every outbox event fanned out and delivered",
                () -> db.count("SELECT COUNT(*) FROM outbox_event WHERE dispatched = FALSE")
                                + db.count(
                                        "SELECT COUNT(*) FROM delivery WHERE channel = 'WEBHOOK' AND status <> 'DELIVERED'")
                        == 0);
        assertThat(db.count("SELECT COUNT(*) FROM (SELECT outbox_event_id FROM delivery WHERE channel = 'WEBHOOK'"
                        + " GROUP BY outbox_event_id, subscription_id HAVING COUNT(*) > 1) twice"))
                .as("each event fanned out once")
                .isZero();
        List<String> events = db.rows("SELECT event_id FROM outbox_event").stream()
                .map(row -> (String) row.get(0))
                .toList();
        Map<String, List<WebhookReceiver.Call>> calls =
                receiver.calls().stream().collect(Collectors.groupingBy(WebhookReceiver.Call::eventId));
        assertThat(calls.keySet()).as("every event arrived at least once").containsAll(events);
        List<String> retried = new ArrayList<>();
        for (var event : calls.entrySet()) {
            List<WebhookReceiver.Call> sends = event.getValue().stream()
                    .sorted(java.util.Comparator.comparingLong(WebhookReceiver.Call::receivedAt))
                    .toList();
            for (int i = 1; i < sends.size(); i++) {
                WebhookReceiver.Call before = sends.get(i - 1);
                assertThat(sends.get(i).receivedAt())
                        .as("%s sent again only after its last send was answered", event.getKey())
                        .isGreaterThan(before.answeredAt());
                assertThat(before.status())
                        .as("%s sent again only after a failure", event.getKey())
                        .isEqualTo(503);
            }
            if (sends.size() > 1) {
                retried.add(event.getKey());
            }
        }
        assertThat(retried).as("refused sends were retried").isNotEmpty();
    }

    @Order(6)
    @Test
    void afterAllOfItNumbersAreStillGapFreeAndNothingIsHalfWritten() throws Exception {
        assertThat(db.numberingProblems()).isEmpty();
        assertThat(db.halfWritten()).isEmpty();
        assertThat(a.output()).doesNotContain("OutOfMemoryError");
    }

    /** Submits once through one instance and retries with the same key through the other. */
    private static List<Answer> submitAndRetry(int n) throws Exception {
        PackagedService first = n % 2 == 0 ? a : b;
        PackagedService other = n % 2 == 0 ? b : a;
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.rentWithdrawal(2500 + n);
        if (n % 3 == 0) {
            // The client gave up waiting and retried while the first attempt was still running.
            var original = CompletableFuture.supplyAsync(() -> submit(first, key, body), RACERS);
            var retry = CompletableFuture.supplyAsync(() -> submit(other, key, body), RACERS);
            return List.of(original.get(), retry.get());
        }
        Answer original = submit(first, key, body);
        return List.of(original, submit(other, key, body), submit(first, key, body));
    }

    private static Answer submit(PackagedService instance, String key, Map<String, Object> body) {
        try {
            return Client.send("POST", instance.api("/api/v1/applications"), citizen, body, "Idempotency-Key", key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Answer act(PackagedService instance, String number, String etag, Map<String, Object> action)
            throws IOException {
        return Client.send(
                "POST", instance.api("/api/v1/applications/" + number + "/actions"), clerk, action, "If-Match", etag);
    }

    private static Future<List<Integer>> queueReadsUntil(AtomicBoolean running) {
        return Executors.newSingleThreadExecutor().submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; running.get(); i++) {
                statuses.add(Client.get((i % 2 == 0 ? a : b).api("/api/v1/work-queue"), clerk)
                        .status());
                PackagedService.sleep(Duration.ofMillis(100));
            }
            return statuses;
        });
    }

    private static long eventCount(String number, String action) throws Exception {
        return db.count(
                "SELECT COUNT(*) FROM application_event e JOIN application a ON a.id = e.application_id"
                        + " WHERE a.number = ? AND e.action = ?",
                number,
                action);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void awaitTrue(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            PackagedService.sleep(Duration.ofMillis(250));
        }
    }
}
