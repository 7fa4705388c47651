package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.submit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.cases.actions.DeemedAcceptanceJob;
import org.tongban.cases.clock.WarningJob;
import org.tongban.testing.TestClock;
import org.tongban.testing.Tokens;

/**
 * The seeded calendar ends with 2026. A missing year must not stop the service at New Year: jobs
 * handle every case they can and report the others, actions whose dates reach into it are refused
 * naming it, and supervisors and operators are told from 1 November.
 */
@QuarkusTest
class CalendarYearEndTest {

    @Inject
    TestClock clock;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    DeemedAcceptanceJob deemedAcceptance;

    @Inject
    WarningJob warnings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void supervisorsAndTheReadinessCheckAreToldFromFirstNovember() {
        clock.set(LocalDateTime.of(2026, 10, 31, 9, 0));
        supervisorWarnings().body("calendarMissing", empty());
        clock.set(LocalDateTime.of(2026, 11, 1, 9, 0));
        supervisorWarnings()
                .body("calendarMissing[0].year", equalTo(2027))
                .body("calendarMissing[0].message", containsString("calendar for 2027 missing"));
        given().port(management.getPort())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.find { it.name == 'working-day-calendar' }.data.warning",
                        containsString("calendar for 2027 missing"));
    }

    @Test
    void anActionWhoseDueDateFallsInTheMissingYearIsRefusedNamingIt() {
        clock.set(LocalDateTime.of(2026, 12, 28, 10, 0));
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT"))
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-calendar-year"))
                .body("errors[0].message", equalTo("2027"));
        withdraw(number);
    }

    @Test
    void jobsHandleEveryComputableCaseAndReportTheOthers() {
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        String early = submit(citizen(), Cases.rent());
        clock.set(LocalDateTime.of(2026, 12, 28, 10, 0));
        String late = submit(citizen(), Cases.rent());
        clock.set(LocalDateTime.of(2027, 1, 4, 9, 0));

        JobReport deemed = deemedAcceptance.run();
        assertThat(deemed.skipped()).contains(new JobReport.Skipped(late, List.of(2027)));
        state(early, "ACCEPTED");
        state(late, "RECEIVED");

        JobReport refreshed = warnings.run();
        assertThat(refreshed.skipped()).contains(new JobReport.Skipped(late, List.of(2027)));
        assertThat(refreshed.skipped()).extracting(JobReport.Skipped::number).doesNotContain(early);
        withdraw(late);
    }

    /** Undated cases would otherwise stay in the Haicang clerks' queue for the classes after this one. */
    private static void withdraw(String number) {
        act(citizen(), number, action("WITHDRAW")).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse supervisorWarnings() {
        return given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/supervision/warnings?limit=1")
                .then()
                .statusCode(200);
    }

    private static void state(String number, String expected) {
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("state", equalTo(expected));
    }
}
