package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.actOutsideTheContract;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.head;
import static org.tongban.cases.Cases.reviewer;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.TestClock;
import org.tongban.testing.Tokens;

/**
 * The clock across the boundaries of the official tables: start day not counted, holidays skipped,
 * make-up working days counted, special procedures paused and added back, extensions bounded.
 */
@QuarkusTest
class ClockTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void acceptedOnTheLastWorkdayBeforeSpringFestival() {
        clock.set(LocalDateTime.of(2026, 2, 13, 10, 0));
        String number = submit(citizen(), Cases.repair());
        // promised 3: Sat 02-14 (make-up), then 02-15..02-23 off, then 02-24, 02-25.
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-02-25"))
                .body("deadline.statutoryDue", equalTo("2026-02-25"))
                .body("deadline.currentStep", equalTo("review"))
                .body("deadline.stepDue", equalTo("2026-02-14"));
    }

    @Test
    void aMakeUpSundayCounts() {
        clock.set(LocalDateTime.of(2026, 9, 18, 10, 0));
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-09-20"));
    }

    @Test
    void aSpecialProcedureAcrossNationalDayIsAddedBack() {
        clock.set(LocalDateTime.of(2026, 9, 28, 10, 0));
        String number = submit(citizen(), Cases.plantRebuild());
        // promised 5: 09-29, 09-30, (10-01..10-07 off), 10-08, 10-09, 10-10 (make-up Saturday).
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-10-10"))
                .body("deadline.stepDue", equalTo("2026-10-08"));
        clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
        var procedure = Map.of("kind", "EXPERT_REVIEW", "reason", "拆除方案需专家论证", "expectedWorkingDays", 3);
        act(reviewer("reviewer-planning"), number, action("START_SPECIAL_PROCEDURE", "procedure", procedure))
                .statusCode(200)
                .body("state", equalTo("SPECIAL_PROCEDURE"))
                .body("deadline.paused", equalTo(true));
        clock.set(LocalDateTime.of(2026, 10, 9, 16, 0));
        // paused: working days after 09-30 up to 10-09 = 10-08, 10-09 = 2.
        act(reviewer("reviewer-planning"), number, action("END_SPECIAL_PROCEDURE"))
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("deadline.pausedWorkingDays", equalTo(2))
                .body("deadline.promisedDue", equalTo("2026-10-13"))
                .body("deadline.stepDue", equalTo("2026-10-10"));
        var events = given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then();
        events.body("find { it.action == 'START_SPECIAL_PROCEDURE' }.details.reason", equalTo("拆除方案需专家论证"))
                .body("find { it.action == 'START_SPECIAL_PROCEDURE' }.details.expectedWorkingDays", equalTo(3));
    }

    /**
     * Art. 42: a department head extends once, by at most ten working days, within the statutory
     * period, with a reason the applicant is told by SMS; a reviewer may not.
     */
    @Test
    void aDepartmentHeadExtendsOnceWithinTheStatutoryPeriod() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.statutoryDue", equalTo("2026-03-30"));
        var tenDays = action("EXTEND", "days", 10, "reason", "需现场核查");
        act(reviewer("reviewer-planning"), number, tenDays).statusCode(403);
        act(head("head-gjj"), number, Cases.etag(clerk("clerk-haicang"), number), tenDays)
                .statusCode(404);
        act(head("head-planning"), number, action("EXTEND", "days", 11, "reason", "需现场核查"))
                .statusCode(422)
                .body("errors[0].code", equalTo("extension-beyond-allowed"));
        actOutsideTheContract(head("head-planning"), number, action("EXTEND"), "an extension without days or reason")
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("days", "reason"));
        clock.set(LocalDateTime.of(2026, 3, 30, 17, 0));
        act(head("head-planning"), number, tenDays)
                .statusCode(200)
                .body("deadline.statutoryDue", equalTo("2026-04-14"))
                .body("deadline.extensionDays", equalTo(10));
        act(head("head-planning"), number, action("EXTEND", "days", 1, "reason", "再延"))
                .statusCode(409)
                .body("type", equalTo("/problems/already-extended"));
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .body("find { it.action == 'EXTEND' }.details.reason", equalTo("需现场核查"))
                .body("find { it.action == 'EXTEND' }.role", equalTo("department-head"));
    }

    @Test
    void noExtensionAfterTheStatutoryDueDate() {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        clock.set(LocalDateTime.of(2026, 3, 31, 9, 0));
        act(head("head-planning"), number, action("EXTEND", "days", 10, "reason", "需现场核查"))
                .statusCode(409)
                .body("type", equalTo("/problems/statutory-period-over"));
    }

    @Test
    void theSameItemOnTheSameDayRunsTheSameClockInHaicangAndXiangan() {
        String haicang = submit(citizen(), Cases.rent());
        var lin = Cases.rent();
        lin.put("residence", Map.of("district", "350213"));
        lin.put(
                "materials",
                java.util.List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:350203198806152465"),
                        Map.of("code", "bank-card", "reference", "PAPER")));
        String xiangan = submit(Tokens.of("citizen-lin"), lin);
        var atHaicang = act(clerk("clerk-haicang"), haicang, action("ACCEPT"))
                .statusCode(200)
                .body("handled.point", equalTo("haicang-centre"))
                .extract()
                .jsonPath();
        var atXiangan = act(clerk("clerk-xiangan"), xiangan, action("ACCEPT"))
                .statusCode(200)
                .body("handled.point", equalTo("xiangan-centre"))
                .extract()
                .jsonPath();
        assertThat(atXiangan.getMap("deadline")).isEqualTo(atHaicang.getMap("deadline"));
        assertThat(atXiangan.getMap("item")).isEqualTo(atHaicang.getMap("item"));
        var nextHaicang = act(reviewer("reviewer-gjj"), haicang, action("ADVANCE"))
                .statusCode(200)
                .extract()
                .jsonPath();
        var nextXiangan = act(reviewer("reviewer-gjj-xiangan"), xiangan, action("ADVANCE"))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(nextXiangan.getMap("deadline")).isEqualTo(nextHaicang.getMap("deadline"));
        assertThat(nextXiangan.getString("deadline.currentStep")).isEqualTo("decide");
    }
}
