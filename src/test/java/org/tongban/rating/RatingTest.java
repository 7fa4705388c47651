package org.tongban.rating;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.TestClock;
import org.tongban.testing.TestIds;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** 好差评: one rating per finished case, by the applicant; bad ones open a rectification. */
@QuarkusTest
class RatingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBadRatingOpensARectificationThatTheCitizenSeesThroughToTheEnd() {
        String number = completedCase();
        rate(number, 5)
                .statusCode(201)
                .body("level", equalTo(5))
                .body("dimensions.attitude", equalTo(4))
                .body("rectification.status", equalTo("OPEN"))
                .body("rectification.deadline", equalTo("2026-03-09"));
        rate(number, 2).statusCode(409).body("type", equalTo("/problems/already-rated"));

        long id = rectificationOf("clerk-haicang", number);
        step("clerk-haicang", id, "REPLY", "已整改").statusCode(409);
        step("clerk-haicang", id, "CALLBACK", "已电话回访，了解诉求").statusCode(200).body("status", equalTo("CALLED_BACK"));
        step("clerk-haicang", id, "RECTIFY", "").statusCode(422);
        step("clerk-haicang", id, "RECTIFY", "调整窗口排班，缩短等候").statusCode(200);
        step("clerk-siming", id, "REPLY", "不是我们").statusCode(404);
        step("clerk-haicang", id, "REPLY", "感谢反馈，已整改").statusCode(200).body("status", equalTo("REPLIED"));

        as("citizen-chen", "tongban-app")
                .get("/api/v1/applications/" + number + "/rating")
                .then()
                .body("rectification.reply", equalTo("感谢反馈，已整改"));
        as("citizen-chen", "tongban-app")
                .contentType(ContentType.JSON)
                .body(Map.of("level", 2))
                .post("/api/v1/applications/" + number + "/rating/rectification")
                .then()
                .statusCode(200)
                .body("rectification.status", equalTo("CLOSED"))
                .body("rectification.applicantLevel", equalTo(2));
        as("clerk-haicang", "tongban-clerk")
                .get("/api/v1/rectifications")
                .then()
                .body("items.id", not(hasItem((int) id)));
        as("clerk-haicang", "tongban-clerk")
                .queryParam("status", "CLOSED")
                .get("/api/v1/rectifications")
                .then()
                .body("items.id", hasItem((int) id));
        as("supervisor-city", "tongban-app")
                .queryParam("subject", "application:" + number)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("rating.submit"));
    }

    @Test
    void rectificationsArePagedOldestFirst() {
        rate(completedCase(), 5).statusCode(201);
        rate(completedCase(), 4).statusCode(201);
        var first = as("clerk-haicang", "tongban-clerk")
                .queryParam("limit", 1)
                .get("/api/v1/rectifications")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        long firstId = first.getLong("items[0].id");
        as("clerk-haicang", "tongban-clerk")
                .queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/rectifications")
                .then()
                .statusCode(200)
                .body("items[0].id", greaterThan((int) firstId));
    }

    @Test
    void onlyTheApplicantRatesAndOnlyAFinishedCase() {
        String open = submit();
        rate(open, 1).statusCode(409).body("type", equalTo("/problems/result-not-available"));
        String done = completedCase();
        as("clerk-haicang", "tongban-clerk")
                .contentType(ContentType.JSON)
                .body(Map.of("level", 1, "channel", "WINDOW"))
                .post("/api/v1/applications/" + done + "/rating")
                .then()
                .statusCode(403);
        as("citizen-lin", "tongban-app")
                .contentType(ContentType.JSON)
                .body(Map.of("level", 1, "channel", "WEB"))
                .post("/api/v1/applications/" + done + "/rating")
                .then()
                .statusCode(404);
        as("citizen-chen", "tongban-app")
                .filter(ContractValidation.requestBreaksIt("a level outside 1–5"))
                .contentType(ContentType.JSON)
                .body(Map.of("level", 9, "channel", "WEB"))
                .post("/api/v1/applications/" + done + "/rating")
                .then()
                .statusCode(400);
    }

    @Test
    void aRefusalIsRatedOnceItHasBeenDeliveredNotBefore() {
        String number = submit();
        act("clerk-haicang", number, Map.of("action", "ACCEPT"));
        act("reviewer-gjj", number, Map.of("action", "ADVANCE"));
        act(
                "reviewer-gjj",
                number,
                Map.of(
                        "action",
                        "REFUSE",
                        "reasons",
                        java.util.List.of("本人名下有住房"),
                        "legalBasis",
                        "住房公积金管理条例第二十四条",
                        "rightToReview",
                        "可申请行政复议或提起行政诉讼"));
        rate(number, 3).statusCode(409).body("type", equalTo("/problems/result-not-available"));
        act("clerk-haicang", number, Map.of("action", "DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP")));
        rate(number, 3).statusCode(201);
    }

    @Test
    void anInstantApprovalAndAWithdrawalAreRatedAtOnce() {
        String instant = Api.submit("citizen-chen", Api.rentWithdrawal(1800));
        rate(instant, 1).statusCode(201);
        String withdrawn = submit();
        act("citizen-chen", withdrawn, Map.of("action", "WITHDRAW"));
        rate(withdrawn, 2).statusCode(201);
    }

    /**
     * A kiosk applicant has no account: the submission's response carries a one-time code for the
     * receipt (a replay does not repeat it); the code rates the case once its result is there.
     */
    @Test
    void aKioskApplicantRatesWithTheCodeOnTheReceipt() {
        String id = TestIds.next("350205");
        var body = new java.util.HashMap<>(Api.rentWithdrawal(2500));
        body.put("channel", "KIOSK");
        body.put("applicant", Map.of("name", "郑一鸣", "idNumber", id));
        body.put(
                "materials",
                java.util.List.of(
                        Map.of(
                                "code",
                                "id-card",
                                "reference",
                                Uploaded.pdf(given().auth().oauth2(Tokens.kiosk()))),
                        Map.of("code", "bank-card", "reference", "PAPER")));
        String key = java.util.UUID.randomUUID().toString();
        var first = kioskSubmit(key, body).statusCode(201).extract().jsonPath();
        String number = first.getString("number");
        String code = first.getString("ratingCode");
        org.assertj.core.api.Assertions.assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        kioskSubmit(key, body).statusCode(201).body("number", equalTo(number)).body("ratingCode", nullValue());
        rateWithCode(number, code).statusCode(409).body("type", equalTo("/problems/result-not-available"));
        act("clerk-haicang", number, Map.of("action", "ACCEPT"));
        act("reviewer-gjj", number, Map.of("action", "ADVANCE"));
        act("reviewer-gjj", number, Map.of("action", "APPROVE"));
        act("clerk-haicang", number, Map.of("action", "DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP")));
        rateWithCode(number, "AAAA-BBBB-CCCC").statusCode(404);
        rateWithCode(completedCase(), code).statusCode(404);
        rateWithCode(number, code.toLowerCase().replace("-", ""))
                .statusCode(201)
                .body("channel", equalTo("KIOSK"));
        rateWithCode(number, code).statusCode(404);
    }

    @Test
    void onlineApplicantsGetNoCode() {
        given().auth()
                .oauth2(Tokens.of("citizen-chen"))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Api.rentWithdrawal(2500))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .body("ratingCode", nullValue());
    }

    private static io.restassured.response.ValidatableResponse kioskSubmit(String key, Object body) {
        return given().auth()
                .oauth2(Tokens.kiosk())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then();
    }

    private static io.restassured.response.ValidatableResponse rateWithCode(String number, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "rating", Map.of("level", 2, "channel", "KIOSK")))
                .post("/api/v1/applications/" + number + "/rating/with-code")
                .then();
    }

    @Test
    void anOverdueRectificationTurnsUpAmongTheSupervisionWarnings() {
        String number = completedCase();
        rate(number, 4).statusCode(201);
        clock.set(LocalDateTime.of(2026, 3, 10, 9, 0));
        as("supervisor-haicang", "tongban-app")
                .get("/api/v1/supervision/warnings")
                .then()
                .statusCode(200)
                .body("overdueRectifications.application", hasItem(number))
                .body("overdueRectifications.find { it.application == '" + number + "' }.overdue", equalTo(true));
    }

    @Test
    void aRectificationIsWorkedByTheReviewersOfTheBodyThatHeldTheCase() {
        String number = completedCase(); // held by Haicang: reviewer-gjj decided it
        rate(number, 4).statusCode(201);
        long id = rectificationOf("reviewer-gjj", number);
        as("reviewer-gjj-city", "tongban-clerk")
                .queryParam("limit", 200)
                .get("/api/v1/rectifications")
                .then()
                .statusCode(200)
                .body("items.application", not(hasItem(number)));
        step("reviewer-gjj-city", id, "CALLBACK", "市级回访").statusCode(404);
        step("reviewer-gjj", id, "CALLBACK", "已电话回访").statusCode(200).body("status", equalTo("CALLED_BACK"));
    }

    @Test
    void aRatingUpheldAsMaliciousOnAppeal() {
        String number = completedCase();
        rate(number, 5).statusCode(201);
        long id = rectificationOf("clerk-haicang", number);
        step("clerk-haicang", id, "APPEAL", "评价内容与办件无关，系恶意评价").statusCode(200).body("status", equalTo("APPEALED"));
        step("clerk-haicang", id, "UPHOLD_APPEAL", "自己裁决").statusCode(403);
        step("supervisor-haicang", id, "UPHOLD_APPEAL", "经核实属恶意评价")
                .statusCode(200)
                .body("status", equalTo("DISMISSED"));
        as("citizen-chen", "tongban-app")
                .get("/api/v1/applications/" + number + "/rating")
                .then()
                .body("malicious", equalTo(true));
    }

    @Test
    void aNamedLevelMeansWhatItSaysAndAContradictionIsRefused() {
        String pleased = completedCase();
        rateBy(pleased, Map.of("satisfaction", "VERY_SATISFIED", "channel", "MOBILE"))
                .statusCode(201)
                .body("level", equalTo(1))
                .body("satisfaction", equalTo("VERY_SATISFIED"))
                .body("rectification", org.hamcrest.Matchers.nullValue());
        String unhappy = completedCase();
        rateBy(unhappy, Map.of("level", 5, "satisfaction", "VERY_SATISFIED", "channel", "MOBILE"))
                .statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].code", equalTo("contradicts-satisfaction"));
        rateBy(unhappy, Map.of("channel", "MOBILE")).statusCode(400).body("errors[0].field", equalTo("satisfaction"));
        rateBy(unhappy, Map.of("level", 4, "satisfaction", "DISSATISFIED", "channel", "MOBILE"))
                .statusCode(201)
                .body("satisfaction", equalTo("DISSATISFIED"))
                .body("rectification.status", equalTo("OPEN"));
    }

    private static io.restassured.response.ValidatableResponse rateBy(String number, Map<String, Object> body) {
        return as("citizen-chen", "tongban-app")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications/" + number + "/rating")
                .then();
    }

    private static io.restassured.response.ValidatableResponse rate(String number, int level) {
        return as("citizen-chen", "tongban-app")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "level",
                        level,
                        "channel",
                        "MOBILE",
                        "dimensions",
                        Map.of("attitude", 4, "efficiency", 5),
                        "comment",
                        "等候太久"))
                .post("/api/v1/applications/" + number + "/rating")
                .then();
    }

    /** The id of the case's rectification, which must be among the unfinished ones the user lists. */
    private static long rectificationOf(String user, String number) {
        return as(user, "tongban-clerk")
                .queryParam("limit", 200)
                .get("/api/v1/rectifications")
                .then()
                .statusCode(200)
                .body("items.application", hasItem(number))
                .extract()
                .jsonPath()
                .getLong("items.find { it.application == '" + number + "' }.id");
    }

    private static io.restassured.response.ValidatableResponse step(String user, long id, String step, String note) {
        return as(user, "tongban-clerk")
                .contentType(ContentType.JSON)
                .body(Map.of("step", step, "note", note))
                .post("/api/v1/rectifications/" + id + "/steps")
                .then();
    }

    static String completedCase() {
        String number = submit();
        act("clerk-haicang", number, Map.of("action", "ACCEPT"));
        act("reviewer-gjj", number, Map.of("action", "ADVANCE"));
        act("reviewer-gjj", number, Map.of("action", "APPROVE"));
        act("clerk-haicang", number, Map.of("action", "DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP")));
        return number;
    }

    private static void act(String user, String number, Map<String, Object> action) {
        Api.act(user, number, action).statusCode(200);
    }

    private static String submit() {
        return Api.submit("citizen-chen", Api.rentWithdrawal(2500));
    }

    private static RequestSpecification as(String user, String client) {
        return given().auth().oauth2(Tokens.of(user, client));
    }
}
