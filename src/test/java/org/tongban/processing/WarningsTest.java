package org.tongban.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongban.processing.Cases.act;
import static org.tongban.processing.Cases.action;
import static org.tongban.processing.Cases.citizen;
import static org.tongban.processing.Cases.clerk;
import static org.tongban.processing.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private static void colour(String number, String expected) {
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("deadline.warning", equalTo(expected));
    }
}
