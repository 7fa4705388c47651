package org.tongban.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;

/** The calendar over HTTP; the day-by-day cases are in WorkCalendarTest. */
@QuarkusTest
class CalendarResourceTest {

    @Test
    void deadlineAcrossSpringFestival2026() {
        given().queryParam("from", "2026-02-13")
                .queryParam("workingDays", 2)
                .get("/api/v1/calendar/deadline")
                .then()
                .statusCode(200)
                .body("due", equalTo("2026-02-24"));
    }

    @Test
    void workingDaysAcrossNationalDay2025() {
        given().queryParam("from", "2025-09-26")
                .queryParam("to", "2025-10-11")
                .get("/api/v1/calendar/working-days")
                .then()
                .statusCode(200)
                // 09-28 (make-up Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (make-up Sat)
                .body("workingDays", equalTo(6));
    }

    @Test
    void unknownYearIs422NamingTheYear() {
        given().queryParam("from", "2027-03-01")
                .queryParam("workingDays", 5)
                .get("/api/v1/calendar/deadline")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-calendar-year"))
                .body("errors[0].message", equalTo("2027"));
        given().queryParam("from", "2026-12-28")
                .queryParam("workingDays", 5)
                .get("/api/v1/calendar/deadline")
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("2027"));
    }

    @Test
    void aWorkingDaysRangeIsAtMostTwoYearsSoNoRequestMakesAHugeAnswer() {
        Map<String, String> refusals = Map.of(
                "9999-12-31", "invalid-value", // no date parameter reaches past the year 2999
                "+102026-01-01", "invalid-value",
                "2028-01-03", "range-too-wide");
        refusals.forEach((to, code) -> {
            String body = given().filter(ContractValidation.requestBreaksIt("dates far out of range, one not ISO"))
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", to)
                    .get("/api/v1/calendar/working-days")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("to"))
                    .body("errors[0].code", equalTo(code))
                    .extract()
                    .asString();
            org.assertj.core.api.Assertions.assertThat(body).hasSizeLessThan(1_000);
        });
        given().queryParam("from", "1990-01-01")
                .queryParam("to", "1991-12-31")
                .get("/api/v1/calendar/working-days")
                .then()
                .statusCode(422)
                .body("errors.message", contains("1990", "1991"));
        given().queryParam("from", "2025-01-01")
                .queryParam("to", "2026-12-31")
                .get("/api/v1/calendar/working-days")
                .then()
                .statusCode(200);
    }

    @Test
    void missingParametersAreListedTogether() {
        given().filter(ContractValidation.requestBreaksIt("leaves out both required parameters"))
                .get("/api/v1/calendar/deadline")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("from", "workingDays"));
    }

    @Test
    void yearsAndOneYearInTheHolidayCnShape() {
        given().get("/api/v1/calendar/years").then().body("", hasItems(2025, 2026));
        given().get("/api/v1/calendar/years/2026")
                .then()
                .body("days.find { it.date == '2026-02-14' }.isOffDay", equalTo(false));
    }

    @Test
    void anAdministratorImportsANewYearAndItIsAudited() {
        var arrangement = Map.of(
                "year", 2030,
                "papers", List.of(),
                "days", List.of(Map.of("name", "元旦", "date", "2030-01-01", "isOffDay", true)));
        var admin = given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
        admin.body(arrangement)
                .put("/api/v1/admin/calendar/2030")
                .then()
                .statusCode(200)
                .body("year", equalTo(2030));
        given().queryParam("from", "2030-12-31")
                .queryParam("workingDays", 0)
                .get("/api/v1/calendar/deadline")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin-catalog"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "year", 2031, "days", List.of(Map.of("name", "x", "date", "2031-01-07", "isOffDay", false))))
                .put("/api/v1/admin/calendar/2031")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("make-up-day-not-weekend"));
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("subject", "calendar-year:2030")
                .get("/api/v1/audit")
                .then()
                .body("items[0].action", equalTo("calendar.import"));
    }
}
