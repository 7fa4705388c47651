package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.cases.clock.WarningJob;
import org.tongban.testing.TestClock;
import org.tongban.testing.Tokens;

/** 电子监察: cases turn yellow near the deadline and red past it or when a step overruns. */
@QuarkusTest
class WarningsTest {

    @Inject
    TestClock clock;

    @Inject
    WarningJob warnings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void greenThenYellowThenRedAndEachChangeIsAnEvent() {
        // promised 5 → 03-09, yellow at 2 working days left; the review step (3) is due 03-05.
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-03-09"))
                .body("deadline.warning", equalTo("GREEN"));
        clock.set(LocalDateTime.of(2026, 3, 5, 8, 0));
        warnings.run();
        colour(number, "YELLOW");
        clock.set(LocalDateTime.of(2026, 3, 10, 8, 0));
        warnings.run();
        colour(number, "RED");
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .body("findAll { it.action == 'WARNING' }.details.to", equalTo(List.of("YELLOW", "RED")));
        given().auth()
                .oauth2(Tokens.of("supervisor-haicang"))
                .get("/api/v1/supervision/warnings?colour=RED&limit=200")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/supervision/warnings?limit=200")
                .then()
                .body("items.number", hasItem(number));
        List<String> colours = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.of("supervisor-city")).queryParam("limit", 1);
            var page = (cursor == null ? request : request.queryParam("cursor", cursor))
                    .get("/api/v1/supervision/warnings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            colours.addAll(page.getList("items.warning", String.class));
            numbers.addAll(page.getList("items.number", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(colours).as("red first").isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(numbers).contains(number).doesNotHaveDuplicates();
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("cursor", "PURPLE|" + number)
                .get("/api/v1/supervision/warnings")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("invalid-cursor"));
        given().auth()
                .oauth2(clerk("clerk-siming"))
                .get("/api/v1/supervision/warnings?limit=200")
                .then()
                .body("items.number", not(hasItem(number)));
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/supervision/warnings")
                .then()
                .statusCode(403);
    }

    @Test
    void aStepThatOverranItsOwnLimitIsRedWhileTheWholeIsStillWithinLimit() {
        String number = submit(citizen(), Cases.plantRebuild());
        // promised 5 → 03-09; the review step has 3 → 03-05.
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(200)
                .body("deadline.promisedDue", equalTo("2026-03-09"))
                .body("deadline.stepDue", equalTo("2026-03-05"));
        clock.set(LocalDateTime.of(2026, 3, 6, 8, 0));
        warnings.run();
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("deadline.remainingWorkingDays", equalTo(1))
                .body("deadline.warning", equalTo("RED"));
    }

    /** Art. 32: five working days to accept; the rent item turns yellow with one left. */
    @Test
    void aReceivedApplicationRunsArticle32sClock() {
        String number = submit(citizen(), Cases.rent()); // received Monday 03-02: due 03-09
        clock.set(LocalDateTime.of(2026, 3, 5, 8, 0));
        warnings.run();
        colour(number, "GREEN");
        clock.set(LocalDateTime.of(2026, 3, 6, 8, 0));
        warnings.run();
        listed(number, "YELLOW", "ACCEPTANCE", "2026-03-09");
        clock.set(LocalDateTime.of(2026, 3, 10, 8, 0));
        warnings.run();
        listed(number, "RED", "ACCEPTANCE", "2026-03-09");
    }

    /** Art. 44: ten working days to deliver a decision; delivered, the case has no clock left. */
    @Test
    void aDecisionRunsArticle44sDeliveryClock() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        act(Cases.reviewer("reviewer-gjj"), number, action("ADVANCE")).statusCode(200);
        act(Cases.reviewer("reviewer-gjj"), number, action("APPROVE")).statusCode(200); // 03-02: due 03-16
        clock.set(LocalDateTime.of(2026, 3, 13, 8, 0));
        warnings.run();
        listed(number, "YELLOW", "DELIVERY", "2026-03-16");
        clock.set(LocalDateTime.of(2026, 3, 17, 8, 0));
        warnings.run();
        listed(number, "RED", "DELIVERY", "2026-03-16");
        act(clerk("clerk-haicang"), number, action("DELIVER", "delivery", java.util.Map.of("method", "WINDOW_PICKUP")))
                .statusCode(200)
                .body("deadline.warning", equalTo("GREEN"));
        given().auth()
                .oauth2(Tokens.of("supervisor-haicang"))
                .get("/api/v1/supervision/warnings?limit=200")
                .then()
                .body("items.number", not(hasItem(number)));
    }

    /** A notice the applicant leaves unanswered for ten working days is flagged for a call, never red. */
    @Test
    void anUnansweredSupplementNoticeTurnsYellow() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, Cases.noticeAbout("form.monthlyRent", "与合同不符"))
                .statusCode(200);
        clock.set(LocalDateTime.of(2026, 3, 16, 8, 0));
        warnings.run();
        colour(number, "GREEN");
        clock.set(LocalDateTime.of(2026, 3, 17, 8, 0));
        warnings.run();
        listed(number, "YELLOW", "SUPPLEMENT", "2026-03-16");
        clock.set(LocalDateTime.of(2026, 6, 1, 8, 0));
        warnings.run();
        listed(number, "YELLOW", "SUPPLEMENT", "2026-03-16");
    }

    private static void listed(String number, String colour, String clock, String due) {
        given().auth()
                .oauth2(Tokens.of("supervisor-haicang"))
                .get("/api/v1/supervision/warnings?limit=200")
                .then()
                .statusCode(200)
                .body("items.find { it.number == '" + number + "' }.warning", equalTo(colour))
                .body("items.find { it.number == '" + number + "' }.warningClock", equalTo(clock))
                .body("items.find { it.number == '" + number + "' }.warningDue", equalTo(due));
    }

    private static void colour(String number, String expected) {
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("deadline.warning", equalTo(expected));
    }
}
