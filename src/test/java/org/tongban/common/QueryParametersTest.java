package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;

/** A query parameter the service cannot read is a 400 naming it, never a 404 or silence. */
@QuarkusTest
class QueryParametersTest {

    private static RequestSpecification as(String user) {
        return given().filter(ContractValidation.requestBreaksIt("sends query values the contract refuses"))
                .auth()
                .oauth2(Tokens.of(user, "tongban-clerk"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "clerk-haicang,      /api/v1/applications?cursor=abc,           cursor,      invalid-value",
        "clerk-haicang,      /api/v1/work-queue?state=FOO,              state,       invalid-value",
        "clerk-haicang,      /api/v1/items?at=2026-02-30,               at,          invalid-value",
        "clerk-haicang,      /api/v1/items?type=,                       type,        empty-value",
        "supervisor-city,    /api/v1/rectifications?cursor=,            cursor,      empty-value",
        "supervisor-city,    /api/v1/rectifications?overdue=yes,        overdue,     invalid-value",
        "clerk-haicang,      /api/v1/service-points?lat=NaN&lon=118,    lat,         invalid-value",
        "clerk-haicang,      /api/v1/items?colour=red,                  colour,      unknown-parameter",
        "clerk-haicang,      /api/v1/items?limit=5&limit=6,             limit,       repeated-parameter",
        "supervisor-city,    /api/v1/reports/load?at=2026-13-01,        at,          invalid-value",
        "supervisor-city,    /api/v1/supervision/warnings?cursor=abc,   cursor,      invalid-cursor",
        "clerk-haicang,      /api/v1/items?at=%2B102026-01-01,          at,          invalid-value",
        "clerk-haicang,      /api/v1/items?q=a%00b,                     q,           control-character",
        "clerk-haicang,      /api/v1/items?q=%1B%5B31m,                 q,           control-character",
        "clerk-haicang,      /api/v1/service-points?item=%C3%28%FF,     item,        control-character",
    })
    void anUnreadableParameterIs400NamingIt(String user, String url, String field, String code) {
        as(user).urlEncodingEnabled(false)
                .get(url)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
    }

    @org.junit.jupiter.api.Test
    void everyProblemIsListedAtOnce() {
        as("clerk-haicang")
                .get("/api/v1/items?at=someday&channel=FAX&limit=0&sort=name")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("at", "channel", "sort"));
    }
}
