package org.tongban.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;

/**
 * What the sweeps act on, created once through the API as a real city would: citizen-chen's rent
 * withdrawal waiting at Haicang's centre, a second one approved on the spot and rated badly (which
 * opens a rectification at that centre), a bundle of two withdrawals, and a webhook subscription.
 */
record SecurityFixtures(
        String application, String etag, String finished, long rectification, String bundle, long subscription) {

    static final String POINT = "haicang-centre";

    private static SecurityFixtures created;

    static synchronized SecurityFixtures get() {
        if (created == null) {
            created = create();
        }
        return created;
    }

    private static SecurityFixtures create() {
        String application = Api.submit("citizen-chen", Api.rentWithdrawal(2500));
        String etag = Api.as("citizen-chen")
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200)
                .body("handled.point", org.hamcrest.Matchers.equalTo(POINT))
                .extract()
                .header("ETag");
        String finished = Api.submit("citizen-chen", Api.rentWithdrawal(1500));
        Api.as("citizen-chen")
                .contentType(ContentType.JSON)
                .body(Map.of("level", 5, "channel", "MOBILE", "comment", "等候太久"))
                .post("/api/v1/applications/" + finished + "/rating")
                .then()
                .statusCode(201);
        long rectification = Api.as("supervisor-city")
                .queryParam("limit", 200)
                .get("/api/v1/rectifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.application == '" + finished + "' }.id");
        String bundle = Api.as("citizen-chen")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Probes.bundle())
                .post("/api/v1/bundles")
                .then()
                .statusCode(201)
                .extract()
                .path("reference");
        long subscription = given().auth()
                .oauth2(Tokens.of("admin-catalog", "tongban-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hook",
                        "eventTypes",
                        List.of("*"),
                        "districts",
                        List.of("350205"),
                        "secret",
                        "sweep-secret-0123456789abcdef"))
                .post("/api/v1/admin/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new SecurityFixtures(application, etag, finished, rectification, bundle, subscription);
    }
}
