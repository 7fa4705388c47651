package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.reviewer;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each view of one application offers the caller the actions they may take now, from the one action
 * table; what it offers is taken, and what it does not is refused (403 or 409), never done.
 */
@QuarkusTest
class AllowedActionsTest {

    /** A valid body for every action the API takes, so that only state, party and case can refuse it. */
    private static final Map<String, Map<String, Object>> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("ACCEPT", action("ACCEPT"));
        BODIES.put(
                "REFUSE_ACCEPTANCE",
                action("REFUSE_ACCEPTANCE", "reasons", List.of("不属于本机关职权范围"), "rightToReview", "可于六十日内申请行政复议"));
        BODIES.put("REQUEST_SUPPLEMENT", Cases.noticeAbout("form.bankAccount", "银行卡号有误"));
        BODIES.put("SUPPLEMENT", action("SUPPLEMENT", "form", Map.of("bankAccount", "6222020402012345678")));
        BODIES.put(
                "SUPPLY_OWED",
                action("SUPPLY_OWED", "materials", List.of(Map.of("code", "eia-approval", "reference", "PAPER"))));
        BODIES.put(
                "START_SPECIAL_PROCEDURE",
                action(
                        "START_SPECIAL_PROCEDURE",
                        "procedure",
                        Map.of("kind", "EXPERT_REVIEW", "reason", "需专家论证", "expectedWorkingDays", 3)));
        BODIES.put("END_SPECIAL_PROCEDURE", action("END_SPECIAL_PROCEDURE"));
        BODIES.put("EXTEND", action("EXTEND", "days", 5, "reason", "需现场核查"));
        BODIES.put("ADVANCE", action("ADVANCE"));
        BODIES.put("APPROVE", action("APPROVE"));
        BODIES.put(
                "REFUSE",
                action(
                        "REFUSE",
                        "reasons",
                        List.of("容积率超出控规"),
                        "legalBasis",
                        "《城乡规划法》第四十条",
                        "rightToReview",
                        "可于六十日内申请行政复议"));
        BODIES.put("DELIVER", action("DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP")));
        BODIES.put("WITHDRAW", action("WITHDRAW"));
    }

    @Test
    void theHandlingClerkOfAFreshCaseIsOfferedTheAcceptanceDecisionsAndTheCitizenTheWithdrawal() {
        String number = submit(citizen(), Cases.rent());
        List<String> clerks = allowed(clerk("clerk-haicang"), number);
        assertThat(clerks).containsExactlyInAnyOrder("ACCEPT", "REFUSE_ACCEPTANCE", "REQUEST_SUPPLEMENT");
        assertThat(allowed(citizen(), number)).containsExactly("WITHDRAW");
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .body(
                        "allowedActions.find { it.action == 'REFUSE_ACCEPTANCE' }.schema",
                        org.hamcrest.Matchers.equalTo("#/components/schemas/RefuseAcceptanceRequest"))
                .body(
                        "allowedActions.find { it.action == 'REFUSE_ACCEPTANCE' }.required",
                        org.hamcrest.Matchers.contains("reasons", "rightToReview"))
                .body("allowedActions.find { it.action == 'ACCEPT' }.as", org.hamcrest.Matchers.equalTo("clerk"));
        refusesAllBut(clerk("clerk-haicang"), number, clerks);
        refusesAllBut(citizen(), number, List.of("WITHDRAW"));
        // What is offered is taken: each on a fresh case of its own.
        for (String offered : clerks) {
            String fresh = submit(citizen(), Cases.rent());
            act(clerk("clerk-haicang"), fresh, BODIES.get(offered)).statusCode(200);
        }
        act(citizen(), number, BODIES.get("WITHDRAW")).statusCode(200);
        assertThat(allowed(citizen(), number)).isEmpty();
    }

    @Test
    void aSupplementIsOfferedToTheApplicantOnlyWhileOneIsRequested() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, BODIES.get("REQUEST_SUPPLEMENT")).statusCode(200);
        assertThat(allowed(citizen(), number)).containsExactlyInAnyOrder("SUPPLEMENT", "WITHDRAW");
        assertThat(allowed(clerk("clerk-haicang"), number))
                .containsExactlyInAnyOrder("SUPPLEMENT", "REFUSE_ACCEPTANCE");
        act(citizen(), number, BODIES.get("SUPPLEMENT")).statusCode(200);
        assertThat(allowed(citizen(), number)).containsExactly("WITHDRAW");
    }

    @Test
    void theStepsActionsAreOfferedToWhoeverTheStepNamesOnly() {
        String number = submit(citizen(), Cases.plantRebuild());
        String planning = reviewer("reviewer-planning");
        assertThat(allowed(planning, number))
                .as("a reviewer while the window decides")
                .isEmpty();
        refusesAllBut(planning, number, List.of());
        act(clerk("clerk-haicang"), number, BODIES.get("ACCEPT")).statusCode(200);
        List<String> reviewers = allowed(planning, number);
        assertThat(reviewers).contains("ADVANCE", "START_SPECIAL_PROCEDURE").doesNotContain("APPROVE", "EXTEND");
        assertThat(allowed(clerk("clerk-haicang"), number))
                .as("the clerk is not at the step")
                .doesNotContain("ADVANCE", "APPROVE", "REFUSE");
        assertThat(allowed(Cases.head("head-planning"), number)).contains("EXTEND");
        refusesAllBut(planning, number, reviewers);
        act(planning, number, BODIES.get("ADVANCE")).statusCode(200);
        assertThat(allowed(planning, number))
                .as("at the last step, with the environmental assessment still owed")
                .doesNotContain("ADVANCE", "APPROVE")
                .contains("REFUSE");
    }

    private static List<String> allowed(String token, String number) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("allowedActions.action", String.class);
    }

    /** Every action not offered is refused for state, party or the case, and changes nothing. */
    private static void refusesAllBut(String token, String number, List<String> offered) {
        BODIES.forEach((name, body) -> {
            if (!offered.contains(name)) {
                int status = act(token, number, body).extract().statusCode();
                assertThat(status).as(name + " not offered").isIn(403, 409);
            }
        });
    }
}
