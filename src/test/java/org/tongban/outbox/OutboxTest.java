package org.tongban.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.RecordingNotificationSender;
import org.tongban.testing.TestClock;
import org.tongban.testing.Tokens;
import org.tongban.testing.WebhookReceiver;

/** Events reach other systems at least once, signed, retried, never twice at once. */
@QuarkusTest
class OutboxTest {

    static final String SECRET = "a-shared-secret-of-some-length";

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryWorker worker;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    RecordingNotificationSender sms;

    WebhookReceiver receiver;
    long subscription;

    @BeforeEach
    void subscribe() {
        drain(); // deliveries left by other test classes go first
        receiver = new WebhookReceiver();
        subscription = admin().body(Map.of(
                        "url",
                        receiver.url(),
                        "eventTypes",
                        List.of("*"),
                        "districts",
                        List.of("350205"),
                        "secret",
                        SECRET))
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @AfterEach
    void unsubscribe() {
        admin().delete("/api/v1/admin/webhooks/" + subscription).then().statusCode(200);
        receiver.close();
        clock.reset();
    }

    @Test
    void eachEventIsPostedOnceSignedAndWithoutPersonalData() throws Exception {
        String number = submitRent();
        drain();
        List<WebhookReceiver.Call> ours = callsFor(number);
        assertThat(ours).hasSize(1);
        var call = ours.get(0);
        assertThat(call.headers().get("x-tongban-event-type")).isEqualTo("application.submit");
        assertThat(call.headers().get("x-tongban-signature")).isEqualTo("sha256=" + hmac(call.body()));
        assertThat(call.headers().get("x-tongban-event-id"))
                .isEqualTo(eventIds(number).get(0));
        assertThat(call.body())
                .doesNotContain("350205199003071239")
                .doesNotContain("13800000001")
                .doesNotContain("陈晓明");
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() {
        String number = submitRent();
        receiver.failNext(2);
        dispatcher.dispatchBatch();
        worker.deliverBatch();
        clock.advance(Duration.ofMillis(500));
        worker.deliverBatch();
        assertThat(callsFor(number)).as("the first retry waits 1 s").hasSize(1);
        clock.advance(Duration.ofMillis(600));
        worker.deliverBatch();
        clock.advance(Duration.ofSeconds(1));
        worker.deliverBatch();
        assertThat(callsFor(number)).as("the second retry waits 2 s").hasSize(2);
        clock.advance(Duration.ofMillis(1100));
        worker.deliverBatch();
        assertThat(callsFor(number)).hasSize(3);
        admin().queryParam("status", "DELIVERED")
                .get("/api/v1/admin/webhooks/" + subscription + "/deliveries")
                .then()
                .body("items.find { it.eventId == '" + eventIds(number).get(0) + "' }.attempts", equalTo(3));
    }

    @Test
    void afterTheLastAttemptADeliveryIsDeadUntilRedeliveredOnDemand() {
        String number = submitRent();
        receiver.failNext(100);
        dispatcher.dispatchBatch();
        for (int i = 0; i < 5; i++) {
            worker.deliverBatch();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(callsFor(number)).hasSize(3);
        long dead = admin().queryParam("status", "DEAD")
                .get("/api/v1/admin/webhooks/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.eventId == '" + eventIds(number).get(0) + "' }.id");
        receiver.failNext(0);
        admin().post("/api/v1/admin/webhooks/deliveries/" + dead + "/redeliver")
                .then()
                .statusCode(202);
        worker.deliverBatch();
        assertThat(callsFor(number)).hasSize(4);
    }

    @Test
    void twoDrainersNeverSendTheSameDeliveryTwice() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            numbers.add(submitRent());
        }
        dispatcher.dispatchBatch();
        List<Callable<Integer>> drainers = List.of(worker::deliverBatch, worker::deliverBatch);
        var pool = Executors.newFixedThreadPool(2);
        try {
            pool.invokeAll(drainers);
        } finally {
            pool.shutdown();
        }
        drain();
        Map<String, Long> perEvent = receiver.calls().stream()
                .collect(Collectors.groupingBy(c -> c.headers().get("x-tongban-event-id"), Collectors.counting()));
        for (String number : numbers) {
            assertThat(perEvent.get(eventIds(number).get(0))).as(number).isEqualTo(1L);
        }
    }

    @Test
    void theApplicantIsToldBySmsWhenASupplementIsNeeded() {
        String number = submitRent();
        String etag = given().auth()
                .oauth2(Tokens.of("clerk-haicang", "tongban-clerk"))
                .get("/api/v1/applications/" + number)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.of("clerk-haicang", "tongban-clerk"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "action",
                        "REQUEST_SUPPLEMENT",
                        "missing",
                        List.of(Map.of("target", "materials.rental-contract", "problem", "缺租赁合同"))))
                .post("/api/v1/applications/" + number + "/actions")
                .then()
                .statusCode(200);
        drain();
        assertThat(sms.sent()).anySatisfy(message -> {
            assertThat(message.phone()).isEqualTo("13800000001");
            // In the applicant's language: the tests' client reads English.
            assertThat(message.message()).contains(number).contains("needs more materials");
        });
    }

    @Test
    void aWebhookUrlMustBeHttp() {
        admin().body(Map.of(
                        "url",
                        "ftp://example.org/hook",
                        "eventTypes",
                        List.of("*"),
                        "districts",
                        List.of(),
                        "secret",
                        SECRET))
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("not-a-url"));
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(403);
    }

    private void drain() {
        Drain.all(dispatcher, worker);
    }

    private List<WebhookReceiver.Call> callsFor(String number) {
        List<String> ids = eventIds(number);
        return receiver.calls().stream()
                .filter(c -> ids.contains(c.headers().get("x-tongban-event-id")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventIds(String number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT event_id FROM outbox_event WHERE application_number = ?1 ORDER BY id")
                        .setParameter(1, number)
                        .getResultList());
    }

    private static String submitRent() {
        var body = Api.rentWithdrawal(2500);
        body.put("channel", "WEB");
        return Api.submit("citizen-chen", body);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
