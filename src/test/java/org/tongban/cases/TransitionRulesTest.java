package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.actOutsideTheContract;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.etag;
import static org.tongban.cases.Cases.reviewer;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** The one transition table, enforced: state, party, fields, version. */
@QuarkusTest
class TransitionRulesTest {

    @Test
    void anActionNotAllowedInTheStateIs409NamingTheAllowedOnes() {
        String number = submit(citizen(), Cases.rent());
        act(reviewer("reviewer-gjj"), number, action("APPROVE"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ACCEPT"))
                .body("detail", containsString("REQUEST_SUPPLEMENT"));
    }

    @Test
    void theWrongPartyIs403AndACaseOutsideTheScopeIs404() {
        String number = submit(citizen(), Cases.rent());
        act(citizen(), number, action("ACCEPT")).statusCode(403);
        act(reviewer("reviewer-gjj"), number, action("ACCEPT")).statusCode(403);
        String etag = etag(clerk("clerk-haicang"), number);
        act(clerk("clerk-siming"), number, etag, action("ACCEPT")).statusCode(404);
        act(Tokens.of("citizen-lin"), number, etag, action("WITHDRAW")).statusCode(404);
    }

    @Test
    void everyMissingFieldIsListedAndNothingChanges() {
        String number = submit(citizen(), Cases.rent());
        String before = etag(clerk("clerk-haicang"), number);
        actOutsideTheContract(clerk("clerk-haicang"), number, action("REFUSE_ACCEPTANCE"), "no reasons")
                .statusCode(400)
                .body("errors.field", hasItems("reasons", "rightToReview"));
        actOutsideTheContract(
                        clerk("clerk-haicang"),
                        number,
                        action("ACCEPT", "reasons", List.of("a field of another action")),
                        "a field ACCEPT does not take")
                .statusCode(400)
                .body("errors[0].code", equalTo("unknown-field"));
        actOutsideTheContract(clerk("clerk-haicang"), number, action("DEEM_ACCEPTED"), "the service's own action")
                .statusCode(400)
                .body("errors[0].field", equalTo("action"));
        act(
                        clerk("clerk-haicang"),
                        number,
                        action(
                                "REQUEST_SUPPLEMENT",
                                "missing",
                                List.of(
                                        Map.of("target", "bank", "problem", "x"),
                                        Map.of("target", "materials.household-register", "problem", "请提供户口本"),
                                        Map.of("target", "form.spouseIncome", "problem", "请填写配偶收入"),
                                        Map.of("target", "form.monthlyRent", "problem", "与合同不符"))))
                .statusCode(422)
                .body("errors.field", contains("missing[0].target", "missing[1].target", "missing[2].target"))
                .body("errors.code", contains("invalid-target", "not-on-materials-list", "not-a-form-field"));
        assertThat(etag(clerk("clerk-haicang"), number)).isEqualTo(before);
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("state", equalTo("RECEIVED"));
    }

    @Test
    void aRefusalNeedsReasonsLegalBasisAndTheRightToReview() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        act(reviewer("reviewer-gjj"), number, action("ADVANCE")).statusCode(200);
        actOutsideTheContract(reviewer("reviewer-gjj"), number, action("REFUSE"), "a refusal without reasons")
                .statusCode(400)
                .body("errors.field", hasItems("reasons", "legalBasis", "rightToReview"));
        act(
                        reviewer("reviewer-gjj"),
                        number,
                        action(
                                "REFUSE",
                                "reasons",
                                List.of("本人名下有住房"),
                                "legalBasis",
                                "住房公积金管理条例第二十四条",
                                "rightToReview",
                                "可于六十日内向厦门市人民政府申请行政复议，或于六个月内提起行政诉讼"))
                .statusCode(200)
                .body("state", equalTo("REFUSED"))
                .body("decision.legalBasis", equalTo("住房公积金管理条例第二十四条"))
                .body("decision.rightToReview", containsString("行政复议"));
        act(citizen(), number, action("WITHDRAW")).statusCode(409);
        actOutsideTheContract(
                        clerk("clerk-haicang"),
                        number,
                        action("DELIVER", "delivery", Map.of("method", "POST")),
                        "a posted decision without its tracking number")
                .statusCode(400)
                .body("errors[0].field", equalTo("delivery.trackingNumber"));
    }

    /** 容缺后补: the plant rebuild owes its environmental assessment; approval waits for it. */
    @Test
    void anApprovalWaitsForMaterialsOwedSinceAcceptance() {
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("owedMaterials", contains("eia-approval"));
        act(reviewer("reviewer-planning"), number, action("ADVANCE")).statusCode(200);
        act(reviewer("reviewer-planning"), number, action("APPROVE"))
                .statusCode(409)
                .body("type", equalTo("/problems/materials-owed"))
                .body("errors.message", contains("eia-approval is still owed: hand it in first"));
        var eia = List.of(Map.of("code", "eia-approval", "reference", Uploaded.pdf("citizen-chen")));
        act(
                        citizen(),
                        number,
                        action(
                                "SUPPLY_OWED",
                                "materials",
                                List.of(Map.of("code", "site-plan", "reference", Uploaded.pdf("citizen-chen")))))
                .statusCode(422)
                .body("errors[0].code", equalTo("not-owed"));
        act(citizen(), number, action("SUPPLY_OWED", "materials", eia))
                .statusCode(200)
                .body("state", equalTo("IN_REVIEW"))
                .body("owedMaterials", org.hamcrest.Matchers.empty());
        act(reviewer("reviewer-planning"), number, action("APPROVE")).statusCode(200);
    }

    @Test
    void decidingBeforeTheLastStepIsRefused() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        act(reviewer("reviewer-gjj"), number, action("APPROVE"))
                .statusCode(409)
                .body("type", equalTo("/problems/not-at-last-step"));
    }

    @Test
    void staleOrMissingETag() {
        String number = submit(citizen(), Cases.rent());
        String stale = etag(clerk("clerk-haicang"), number);
        act(citizen(), number, action("WITHDRAW")).statusCode(200).body("state", equalTo("WITHDRAWN"));
        act(clerk("clerk-haicang"), number, stale, action("ACCEPT"))
                .statusCode(412)
                .contentType("application/problem+json");
        act(clerk("clerk-haicang"), number, null, action("ACCEPT")).statusCode(428);
    }

    @Test
    void twoClerksAtOnceExactlyOneWins() throws Exception {
        String number = submit(citizen(), Cases.rent());
        String token = clerk("clerk-haicang");
        String etag = etag(token, number);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(
                    () -> act(token, number, etag, action("ACCEPT")).extract().statusCode());
        }
        var pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        given().auth()
                .oauth2(token)
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .body("findAll { it.action == 'ACCEPT' }.size()", equalTo(1));
    }

    @Test
    void theApplicantWithdrawsUntilDecided() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        act(citizen(), number, action("WITHDRAW", "comment", "不再需要"))
                .statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/work-queue?limit=100")
                .then()
                .body("items.number", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(number)));
    }
}
