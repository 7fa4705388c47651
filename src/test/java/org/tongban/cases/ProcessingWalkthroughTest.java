package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.reviewer;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A GJJ rent withdrawal from submission to delivery at a district window. */
@QuarkusTest
class ProcessingWalkthroughTest {

    @Test
    void anImmediateItemIsAcceptedAndDecidedInTheSameVisitAtTheWindow() {
        String id = org.tongban.testing.TestIds.next("350205");
        var body = new java.util.HashMap<String, Object>(Map.of(
                "itemCode",
                "gjj-account-info-change",
                "channel",
                "WINDOW",
                "form",
                Map.of("newPhone", "13911112222"),
                "materials",
                java.util.List.of(
                        Map.of("code", "id-card", "reference", org.tongban.testing.Uploaded.pdf("clerk-haicang"))),
                "contactPhone",
                "13911112222",
                "applicant",
                Map.of("name", "窗口办事人", "idNumber", id)));
        String number = submit(clerk("clerk-haicang"), body);
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-03-02"))
                .body("deadline.currentStep", equalTo("decide"));
        act(clerk("clerk-haicang"), number, action("APPROVE")).statusCode(200).body("state", equalTo("APPROVED"));
        act(
                        clerk("clerk-haicang"),
                        number,
                        action("DELIVER", "delivery", Map.of("method", "E_CERTIFICATE", "certificateId", "EC-1")))
                .statusCode(200)
                .body("state", equalTo("COMPLETED"));
    }

    @Test
    void fromSubmissionToDeliveryAtTheHaicangWindow() {
        String number = submit(citizen(), Cases.rent());
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/work-queue?limit=100")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));

        // Monday 2026-03-02: accepted; promised 1 working day, statutory 3; the review step has 1.
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo("2026-03-02"))
                .body("deadline.promisedDue", equalTo("2026-03-03"))
                .body("deadline.statutoryDue", equalTo("2026-03-05"))
                .body("deadline.currentStep", equalTo("review"))
                .body("deadline.stepDue", equalTo("2026-03-03"))
                .body("deadline.remainingWorkingDays", equalTo(1));
        given().auth()
                .oauth2(reviewer("reviewer-gjj"))
                .get("/api/v1/work-queue?limit=100")
                .then()
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/work-queue?limit=100")
                .then()
                .body("items.number", not(hasItem(number)));

        act(reviewer("reviewer-gjj"), number, action("ADVANCE", "comment", "conditions checked"))
                .statusCode(200)
                .body("state", equalTo("IN_REVIEW"))
                .body("deadline.currentStep", equalTo("decide"));
        act(reviewer("reviewer-gjj"), number, action("APPROVE"))
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("decision.outcome", equalTo("APPROVED"));
        act(
                        clerk("clerk-haicang"),
                        number,
                        action("DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP", "recipient", "陈晓明")))
                .statusCode(200)
                .body("state", equalTo("COMPLETED"));

        var events = given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .statusCode(200);
        // yellow with one working day left; green again once decided, on Art. 44's ten days to deliver
        events.body("action", contains("SUBMIT", "ACCEPT", "WARNING", "ADVANCE", "APPROVE", "WARNING", "DELIVER"));
        events.body("[5].details.to", equalTo("GREEN")).body("[5].details.clock", equalTo("DELIVERY"));
        events.body("[1].actor", equalTo("clerk-haicang"))
                .body("[1].role", equalTo("clerk"))
                .body("[1].actingClient", equalTo("tongban-clerk"))
                .body("[1].from", equalTo("RECEIVED"))
                .body("[1].to", equalTo("ACCEPTED"))
                .body("[3].comment", equalTo("conditions checked"));
        assertThat(events.extract().<String>path("[2].details.to")).isEqualTo("YELLOW");
    }
}
