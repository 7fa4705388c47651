package org.tongban.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.testing.Api;
import org.tongban.testing.RecordingNotificationSender;
import org.tongban.testing.TestClock;
import org.tongban.testing.TestHostResolver;
import org.tongban.testing.Tokens;
import org.tongban.testing.WebhookReceiver;

/**
 * No way in from a webhook: receivers are checked when subscribed and before every delivery, errors
 * are categories, stopped subscriptions stay quiet, a slow receiver holds up no one else. Every
 * request leaves only for the loopback receivers these tests start.
 */
@QuarkusTest
class WebhookSafetyTest {

    static final String SECRET = "a-shared-secret-of-some-length";

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryWorker worker;

    @Inject
    TestClock clock;

    @Inject
    TestHostResolver resolver;

    @Inject
    RecordingNotificationSender sms;

    @Inject
    EntityManager em;

    final List<WebhookReceiver> receivers = new ArrayList<>();
    final List<Long> subscriptions = new ArrayList<>();
    final List<ServerSocket> plainServers = new ArrayList<>();

    @BeforeEach
    void drainFirst() {
        drain(); // deliveries left by other test classes go first
    }

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(id -> admin().delete("/api/v1/admin/webhooks/" + id));
        receivers.forEach(WebhookReceiver::close);
        for (ServerSocket server : plainServers) {
            try {
                server.close();
            } catch (IOException e) {
                // closing a test server
            }
        }
        resolver.forget("hooks.city.test");
        clock.reset();
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "http://10.0.0.1/hook, private-address",
        "http://192.168.1.20:8080/hook, private-address",
        "http://169.254.169.254/latest/meta-data/, link-local-address",
        "'http://[fe80::1]/hook', link-local-address",
        "'http://[::ffff:169.254.169.254]/latest/meta-data/', link-local-address",
        "'http://[::ffff:10.0.0.1]/hook', private-address",
        "'http://[::1]:3306/', loopback-address",
        "http://127.0.0.2:3306/, loopback-address",
        "http://93.184.215.14/hook, public-address-not-allowed",
        "http://admin:secret@127.0.0.1:9/hook, credentials-in-url",
        "ftp://127.0.0.1/hook, not-a-url",
        "http://no-such-host.invalid/hook, unresolvable-host",
    })
    void refusedReceiversAreRefusedWhenSubscribedAndNothingIsKept(String url, String code) {
        admin().body(subscription(url))
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].code", equalTo(code));
        assertThat(count("SELECT COUNT(*) FROM webhook_subscription WHERE url = ?1", url))
                .as("no subscription, so nothing a worker could ever send there")
                .isZero();
    }

    @Test
    void theReceiverIsCheckedAgainBeforeEveryDeliveryAndReachedAtTheCheckedAddress() {
        WebhookReceiver receiver = receiver();
        String url = receiver.url().replace("127.0.0.1", "hooks.city.test");
        resolver.answer("hooks.city.test", "127.0.0.1");
        long id = subscribe(url);
        String number = Api.submit("citizen-chen", rent(1500)); // approved at once: two events
        // The name now also points into the private network (DNS rebinding): nothing is sent.
        resolver.answer("hooks.city.test", "127.0.0.1", "10.0.0.1");
        dispatcher.dispatchBatch();
        worker.deliverBatch();
        assertThat(receiver.calls()).isEmpty();
        admin().get("/api/v1/admin/webhooks/" + id + "/deliveries")
                .then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].lastError", equalTo("private-address"));
        // Back to loopback only: the retry is sent, to the address that was checked, although the
        // operating system itself knows no such name.
        resolver.answer("hooks.city.test", "127.0.0.1");
        clock.advance(Duration.ofSeconds(2));
        worker.deliverBatch();
        assertThat(receiver.calls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.body()).contains(number);
            assertThat(call.headers().get("host")).startsWith("hooks.city.test:");
        });
    }

    @Test
    void deliveryErrorsAreCategoriesNeverExceptionText() throws IOException {
        WebhookReceiver failing = receiver();
        failing.failNext(100);
        long answers503 = subscribe(failing.url());
        long closedPort = subscribe("http://127.0.0.1:" + closedPort() + "/hook");
        long notTls = subscribe("https://127.0.0.1:" + answersInPlainText() + "/hook");
        WebhookReceiver slow = receiver();
        slow.answerAfter(Duration.ofSeconds(2));
        long timesOut = subscribe(slow.url());
        Api.submit("citizen-chen", rent(1500));
        drainOnce();
        assertThat(lastError(answers503)).isEqualTo("status 503");
        assertThat(lastError(closedPort)).isEqualTo("refused");
        assertThat(lastError(notTls)).isEqualTo("tls");
        assertThat(lastError(timesOut)).isEqualTo("timeout");
        admin().get("/api/v1/admin/webhooks/" + answers503 + "/deliveries")
                .then()
                .body("items[0].lastStatus", equalTo(503));
    }

    @Test
    void aStoppedSubscriptionIsNeitherDeliveredNorRedelivered() {
        WebhookReceiver receiver = receiver();
        long id = subscribe(receiver.url());
        Api.submit("citizen-chen", rent(1500));
        dispatcher.dispatchBatch();
        admin().delete("/api/v1/admin/webhooks/" + id).then().statusCode(200);
        worker.deliverBatch();
        assertThat(receiver.calls()).isEmpty();
        long delivery = admin().get("/api/v1/admin/webhooks/" + id + "/deliveries")
                .then()
                .body("items[0].status", equalTo("DEAD"))
                .body("items[0].lastError", equalTo("subscription-inactive"))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        admin().post("/api/v1/admin/webhooks/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(409);
        drain();
        assertThat(receiver.calls()).isEmpty();
    }

    @Test
    void aSlowReceiverHoldsUpNeitherSmsNorOtherReceivers() {
        WebhookReceiver slow = receiver();
        slow.answerAfter(Duration.ofSeconds(3));
        WebhookReceiver fast = receiver();
        subscribe(slow.url());
        subscribe(fast.url());
        // Each instantly approved: two events for each receiver, one SMS.
        Api.submit("citizen-chen", rent(1500));
        Api.submit("citizen-chen", rent(1500));
        dispatcher.dispatchBatch();
        int smsBefore = sms.sent().size();
        long started = System.nanoTime();
        worker.deliverBatch();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(fast.calls()).hasSize(4);
        assertThat(sms.sent().size() - smsBefore).isEqualTo(2);
        assertThat(took)
                .as("sends run side by side, the slow ones cut off at the 1 s request timeout")
                .isLessThan(Duration.ofMillis(2800));
    }

    @Test
    void listsAndStringsAreBoundedToTheirColumns() {
        List<String> eventTypes = IntStream.range(0, 60)
                .mapToObj(i -> "application.event-" + (char) ('a' + i % 26) + "-" + (char) ('a' + i / 26))
                .toList();
        List<String> districts = Collections.nCopies(80, "350205");
        var request = subscription("http://127.0.0.1:9/hook");
        request.put("eventTypes", eventTypes);
        request.put("districts", districts);
        admin().body(request)
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("eventTypes", "districts"));
        var longType = subscription("http://127.0.0.1:9/hook");
        longType.put("eventTypes", List.of("application." + "x".repeat(60)));
        admin().body(longType).post("/api/v1/admin/webhooks").then().statusCode(400);
    }

    private WebhookReceiver receiver() {
        var receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private long subscribe(String url) {
        long id = admin().body(subscription(url))
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        subscriptions.add(id);
        return id;
    }

    private String lastError(long subscription) {
        return admin().get("/api/v1/admin/webhooks/" + subscription + "/deliveries")
                .then()
                .extract()
                .path("items[0].lastError");
    }

    /** One dispatch, then one round of delivery. */
    private void drainOnce() {
        dispatcher.dispatchBatch();
        while (worker.deliverBatch() > 0) {
            // until nothing is due
        }
    }

    private void drain() {
        Drain.all(dispatcher, worker);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }

    /** A port that answers a TLS handshake with plain HTTP, as a misconfigured receiver would. */
    private int answersInPlainText() throws IOException {
        var server = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress());
        plainServers.add(server);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    var socket = server.accept();
                    Thread.ofVirtual().start(() -> answerInPlainText(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    private static void answerInPlainText(java.net.Socket socket) {
        try (socket) {
            socket.getOutputStream()
                    .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // Left open until the client gives up, so it fails on what it read, not on a closed line.
            socket.setSoTimeout(5_000);
            socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            // the test fails on the delivery's category instead
        }
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, Object> subscription(String url) {
        return new java.util.HashMap<>(
                Map.of("url", url, "eventTypes", List.of("*"), "districts", List.of("350205"), "secret", SECRET));
    }

    /** Rent of 1,500 is approved on the spot, so these tests leave no open cases to sway routing. */
    private static Map<String, Object> rent(double monthlyRent) {
        var body = Api.rentWithdrawal(monthlyRent);
        body.put("channel", "WEB");
        return body;
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
    }
}
