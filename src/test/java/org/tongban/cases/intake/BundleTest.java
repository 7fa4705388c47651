package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.tongban.cases.intake.Applications.citizen;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** One-thing bundles: shared data, all-or-nothing checks, one service point when possible. */
@QuarkusTest
class BundleTest {

    @Inject
    EntityManager em;

    static Map<String, Object> rentAndRepairFromJimei() {
        var body = new HashMap<String, Object>();
        body.put("channel", "MOBILE");
        body.put("residence", Map.of("district", "350211"));
        body.put("contactPhone", "13800000001");
        body.put("sharedForm", Map.of("contributionMonths", 30, "bankAccount", "6222020402012345678"));
        body.put("sharedMaterials", Applications.idAndBankCard(SubmissionTest.CHEN_ID));
        body.put(
                "items",
                List.of(
                        Map.of(
                                "itemCode",
                                "gjj-withdraw-rent",
                                "form",
                                Map.of(
                                        "withdrawAmount",
                                        7500.0,
                                        "monthlyRent",
                                        2500.0,
                                        "ownsHomeInCity",
                                        false,
                                        "hasOutstandingFundLoan",
                                        false)),
                        Map.of(
                                "itemCode",
                                "gjj-withdraw-build",
                                "form",
                                Map.of("worksType", "major-repair", "worksCost", 60000.0, "withdrawAmount", 40000.0),
                                "materials",
                                List.of(
                                        Map.of("code", "building-permit", "reference", "PAPER"),
                                        Map.of("code", "works-budget", "reference", Uploaded.pdf("citizen-chen"))))));
        return body;
    }

    static io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth()
                .oauth2(citizen("citizen-chen"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/bundles")
                .then();
    }

    @Test
    void itemsThatWouldGoToDifferentPointsGoTogetherToOneThatHandlesBoth() {
        // On its own the rent withdrawal would stay in Jimei, but Jimei's window lacks the repair item.
        var created = post(rentAndRepairFromJimei())
                .statusCode(201)
                .body("reference", startsWith("B-20260302-"))
                .body("applications", hasSize(2))
                .body("samePoint", equalTo(true))
                .body("applications.handlingPoint", everyItem(equalTo("city-centre")))
                .body("status", equalTo("RECEIVED"));
        String reference = created.extract().path("reference");
        String number = created.extract().path("applications[0].number");
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/bundles/" + reference)
                .then()
                .statusCode(200)
                .body("byState.RECEIVED", equalTo(2));
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number)
                .then()
                .body("bundle", equalTo(reference))
                .body("routing.rule", equalTo("PREFERRED_POINT"));
        given().auth()
                .oauth2(citizen("citizen-lin"))
                .get("/api/v1/bundles/" + reference)
                .then()
                .statusCode(404);
    }

    /** A clerk who sees one member of a bundle does not learn what else it holds elsewhere. */
    @Test
    void aBundleShowsOnlyTheMembersTheCallerMaySee() {
        var created = post(rentAndRepairFromJimei()).statusCode(201);
        String reference = created.extract().path("reference");
        String moved = created.extract().path("applications[1].number");
        // As if the repair had gone on to another point (a forwarded or re-routed member).
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE application SET handling_point = 'siming-centre', receiving_point = NULL WHERE number = ?1")
                        .setParameter(1, moved)
                        .executeUpdate());
        given().auth()
                .oauth2(Tokens.of("clerk-city", "tongban-clerk"))
                .get("/api/v1/bundles/" + reference)
                .then()
                .statusCode(200)
                .body("applications", hasSize(1))
                .body("applications.number", not(hasItem(moved)))
                .body("byState.RECEIVED", equalTo(1));
        given().auth()
                .oauth2(Tokens.of("clerk-siming", "tongban-clerk"))
                .get("/api/v1/bundles/" + reference)
                .then()
                .statusCode(200)
                .body("applications.number", equalTo(List.of(moved)));
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/bundles/" + reference)
                .then()
                .body("applications", hasSize(2));
    }

    @Test
    void oneFailingItemRefusesTheWholeBundle() {
        long before = count();
        var body = rentAndRepairFromJimei();
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) body.get("items");
        body.put(
                "items",
                List.of(
                        items.get(0),
                        Map.of("itemCode", "gjj-withdraw-build", "form", Map.of("worksType", "painting"))));
        post(body)
                .statusCode(422)
                .body("errors.field", hasItem("items[1].form.worksType"))
                .body("errors.field", hasItem("items[1].materials"));
        Assertions.assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM application").getSingleResult())
                .longValue();
    }
}
