package org.tongban.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.audit.Actor;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.CaseEventRecorded;
import org.tongban.cases.Counters;
import org.tongban.cases.Warning;
import org.tongban.catalog.Channel;
import org.tongban.common.RequestIds;
import org.tongban.outbox.Delivery;
import org.tongban.testing.Api;
import org.tongban.testing.InMemorySpans;
import org.tongban.testing.TestIds;
import org.tongban.testing.Uploaded;

/**
 * What an operator sees of a submission and an action: the request id from the header to the
 * response and the outbox event, the application number on the trace, the business counters and
 * the backlog gauges, under the names the README documents.
 */
@QuarkusTest
class ObservabilityTest {

    private static final String ITEM = "gjj-account-info-change";

    @Inject
    MeterRegistry registry;

    @Inject
    InMemorySpans spans;

    @Inject
    BacklogGauges gauges;

    @Inject
    CaseMetrics caseMetrics;

    @Inject
    EntityManager em;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aSubmissionCarriesTheCallersRequestIdIntoItsOutboxEventAndIsCountedAndTraced() throws Exception {
        double submissions = count("tongban.submissions", "channel", "WINDOW", "item", ITEM);
        double submitEvents = count("tongban.actions", "action", "SUBMIT");
        spans.reset();

        var response = Api.as("clerk-haicang")
                .header(RequestIds.HEADER, "kiosk-7.request:42")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(windowApplication())
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .header(RequestIds.HEADER, "kiosk-7.request:42");
        String number = response.extract().path("number");

        assertThat(outboxRequestIds(number)).containsExactly("kiosk-7.request:42");
        assertThat(count("tongban.submissions", "channel", "WINDOW", "item", ITEM))
                .isEqualTo(submissions + 1);
        assertThat(count("tongban.actions", "action", "SUBMIT")).isEqualTo(submitEvents + 1);
        assertThat(serverSpanOf("POST", "/api/v1/applications"))
                .hasValueSatisfying(span ->
                        assertThat(span.getAttributes().get(CaseTracing.NUMBER)).isEqualTo(number));
    }

    @Test
    void anActionIsCountedByTypeAndTracedWithTheNumber() throws Exception {
        String number = Api.submit("clerk-haicang", windowApplication());
        double accepts = count("tongban.actions", "action", "ACCEPT");
        spans.reset();

        Api.act("clerk-haicang", number, Map.of("action", "ACCEPT")).statusCode(200);

        assertThat(count("tongban.actions", "action", "ACCEPT")).isEqualTo(accepts + 1);
        assertThat(serverSpanOf("POST", "/api/v1/applications/{number}/actions"))
                .hasValueSatisfying(span ->
                        assertThat(span.getAttributes().get(CaseTracing.NUMBER)).isEqualTo(number));
    }

    @Test
    void aRequestWithoutAWellFormedIdGetsANewOne() {
        String generated = given().get("/api/v1/calendar/years")
                .then()
                .statusCode(200)
                .extract()
                .header(RequestIds.HEADER);
        assertThat(UUID.fromString(generated)).isNotNull();

        String replaced = given().header(RequestIds.HEADER, "x".repeat(65))
                .get("/api/v1/calendar/years")
                .then()
                .extract()
                .header(RequestIds.HEADER);
        assertThat(UUID.fromString(replaced)).isNotNull();
    }

    @Test
    void aLoadOverflowIsCountedFromTheStoredRoutingDecision() {
        double overflows = count("tongban.routing.overflows", "item", ITEM);
        caseMetrics.count(submitted("{\"rule\":\"LOAD_OVERFLOW\",\"handlingPoint\":\"jimei-centre\"}"));
        caseMetrics.count(submitted("{\"rule\":\"NEAREST\",\"handlingPoint\":\"haicang-centre\"}"));
        assertThat(count("tongban.routing.overflows", "item", ITEM)).isEqualTo(overflows + 1);
    }

    @Test
    void gaugesFollowTheOutboxAndTheRunningCases() {
        gauges.refresh();
        double undispatched = gauge("tongban.outbox.undispatched.events");
        double green = gauge("tongban.open.applications", "warning", "GREEN");
        double deadSms = gauge("tongban.outbox.dead.letters", "channel", "SMS");

        String number = Api.submit("clerk-haicang", windowApplication());
        QuarkusTransaction.requiringNew().run(() -> deadLetterFor(number));
        gauges.refresh();

        assertThat(gauge("tongban.outbox.undispatched.events")).isEqualTo(undispatched + 1);
        assertThat(gauge("tongban.open.applications", "warning", "GREEN")).isEqualTo(green + 1);
        assertThat(gauge("tongban.outbox.dead.letters", "channel", "SMS")).isEqualTo(deadSms + 1);
    }

    @Test
    void prometheusShowsTheDocumentedNames() {
        Api.submit("clerk-haicang", windowApplication());
        gauges.refresh();
        String scrape = given().port(management.getPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(scrape)
                .contains(
                        "tongban_submissions_total{channel=\"WINDOW\",item=\"" + ITEM + "\"}",
                        "tongban_actions_total{action=\"SUBMIT\"}",
                        "tongban_outbox_undispatched_events ",
                        "tongban_outbox_backlog{channel=\"WEBHOOK\"}",
                        "tongban_outbox_dead_letters{channel=\"SMS\"}",
                        "tongban_open_applications{warning=\"RED\"}");
    }

    /** An application a clerk receives at the Haicang window for someone new each time. */
    private static Map<String, Object> windowApplication() {
        String id = TestIds.next("350205");
        var body = new HashMap<String, Object>();
        body.put("itemCode", ITEM);
        body.put("channel", "WINDOW");
        body.put("form", Map.of("newPhone", "13911112222"));
        body.put("materials", List.of(Map.of("code", "id-card", "reference", Uploaded.pdf("clerk-haicang"))));
        body.put("contactPhone", "13911112222");
        body.put("applicant", Map.of("name", "窗口办事人", "idNumber", id));
        return body;
    }

    private static CaseEventRecorded submitted(String routing) {
        var a = new Application();
        a.number = "350205-20260302-9999999";
        a.channel = Channel.WINDOW;
        a.itemCode = ITEM;
        a.routing = routing;
        a.warning = Warning.GREEN;
        return new CaseEventRecorded(
                a,
                "SUBMIT",
                null,
                ApplicationState.RECEIVED,
                Actor.system("test"),
                LocalDateTime.of(2026, 3, 2, 1, 0),
                LocalDate.of(2026, 3, 2),
                Counters.RECEIVED,
                null);
    }

    private List<String> outboxRequestIds(String number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT request_id FROM outbox_event WHERE application_number = ?1", String.class)
                        .setParameter(1, number)
                        .getResultList());
    }

    private void deadLetterFor(String number) {
        var delivery = new Delivery();
        delivery.outboxEventId = em.createQuery(
                        "SELECT e.id FROM OutboxEvent e WHERE e.applicationNumber = ?1", Long.class)
                .setParameter(1, number)
                .getSingleResult();
        delivery.channel = Delivery.Channel.SMS;
        delivery.recipient = "13911112222";
        delivery.message = "test";
        delivery.status = Delivery.Status.DEAD;
        delivery.attempts = 3;
        delivery.nextAttemptAt = LocalDateTime.of(2026, 3, 2, 1, 0);
        delivery.persist();
    }

    /** The server span of a request, once the batch processor has exported it. */
    private Optional<SpanData> serverSpanOf(String method, String route) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            Optional<SpanData> span = spans.finished().stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER)
                    .filter(s -> s.getName().equals(method + " " + route))
                    .findFirst();
            if (span.isPresent()) {
                return span;
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    private double count(String name, String... tags) {
        var counter = Search.in(registry).name(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name, String... tags) {
        return Search.in(registry).name(name).tags(tags).gauge().value();
    }
}
