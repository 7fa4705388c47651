package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP scenarios, each one operation that a client repeats. Every answer's status is checked;
 * any other status is an error. The shapes sent come from requests.json.
 */
final class Scenarios {

    record Scenario(String name, String what, ClosedLoop.Operation operation) {}

    private final Fixture f;

    private Scenarios(Fixture fixture) {
        this.f = fixture;
    }

    static List<Scenario> all(Fixture fixture) {
        var s = new Scenarios(fixture);
        return List.of(
                new Scenario("submit", "a citizen submits (WEB, Idempotency-Key); 201", s::submit),
                new Scenario(
                        "submit+accept",
                        "submit, then the handling point's clerk reads it (ETag) and accepts it (If-Match); one pair",
                        s::submitAndAccept),
                new Scenario("read application", "a clerk reads one application of their point; 200", s::read),
                new Scenario("work queue", "a clerk's first work-queue page (20); 200", s::workQueue),
                new Scenario("my applications", "a citizen's first page of their own (20); 200", s::myApplications),
                new Scenario(
                        "report card district-month",
                        "the city supervisor's report card of one district for the last full month; 200",
                        s.supervisor("reportCardDistrictMonth")),
                new Scenario(
                        "report card city-year",
                        "the city supervisor's report card of the city for the last full year; 200",
                        s.supervisor("reportCardCityYear")),
                new Scenario("item list", "the public item list, first page (20); 200", s.anonymous("itemList")),
                new Scenario("item", "one public item; 200", s.anonymous("itemOne")),
                new Scenario("item 304", "one public item with If-None-Match: its ETag; 304", s::itemNotModified),
                new Scenario(
                        "deadline", "the public deadline calculator, 20 working days; 200", s.anonymous("deadline")));
    }

    private Fixture.Citizen citizen(int client) {
        return f.citizens.get(client % f.citizens.size());
    }

    private Fixture.Clerk clerk(int client) {
        return f.clerks.get(client % f.clerks.size());
    }

    private String url(String request) {
        return f.app + f.requests.path(request, f.values);
    }

    private JsonNode submitted(int client) throws IOException, InterruptedException {
        Fixture.Citizen citizen = citizen(client);
        return Http.expectJson(
                201,
                Http.request(url("submit"), citizen.token())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(Http.json(citizen.submitBody()))
                        .build());
    }

    private void submit(int client) throws IOException, InterruptedException {
        submitted(client);
    }

    private void submitAndAccept(int client) throws IOException, InterruptedException {
        JsonNode application = submitted(client);
        String number = application.path("number").asText();
        String point = application.path("handled").path("point").asText();
        Fixture.Clerk clerk = f.clerkAt.get(point);
        if (clerk == null) {
            throw new IllegalStateException(number + " is handled at " + point + ", where the benchmark has no clerk");
        }
        Map<String, Object> values = Map.of("number", number);
        String etag = Http.expect(
                        200,
                        Http.request(f.app + f.requests.path("application", values), clerk.token())
                                .GET()
                                .build())
                .headers()
                .firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("no ETag on " + number));
        Http.expect(
                200,
                Http.request(f.app + f.requests.path("accept", values), clerk.token())
                        .header("Content-Type", "application/json")
                        .header("If-Match", etag)
                        .POST(Http.json(f.requests.body("accept", values)))
                        .build());
    }

    private void read(int client) throws IOException, InterruptedException {
        Fixture.Clerk clerk = clerk(client);
        String number = clerk.numbers()
                .get(ThreadLocalRandom.current().nextInt(clerk.numbers().size()));
        Http.expect(
                200,
                Http.request(f.app + f.requests.path("application", Map.of("number", number)), clerk.token())
                        .GET()
                        .build());
    }

    private void workQueue(int client) throws IOException, InterruptedException {
        Http.expect(
                200, Http.request(url("workQueue"), clerk(client).token()).GET().build());
    }

    private void myApplications(int client) throws IOException, InterruptedException {
        Http.expect(
                200,
                Http.request(url("myApplications"), citizen(client).token())
                        .GET()
                        .build());
    }

    private ClosedLoop.Operation supervisor(String request) {
        String url = url(request);
        return client ->
                Http.expect(200, Http.request(url, f.supervisorToken).GET().build());
    }

    private ClosedLoop.Operation anonymous(String request) {
        String url = url(request);
        return client -> Http.expect(200, Http.request(url).GET().build());
    }

    private void itemNotModified(int client) throws IOException, InterruptedException {
        HttpRequest request = Http.request(url("itemOne"))
                .header("If-None-Match", f.itemETag)
                .GET()
                .build();
        Http.expect(304, request);
    }
}
