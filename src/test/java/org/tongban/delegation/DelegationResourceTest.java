package org.tongban.delegation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DelegationResourceTest {

    @Test
    void whoHandlesAnItemInADistrictOnADay() {
        // Delegated to Haicang on 2025-06-08 (上级下放); before that the city centre handled it.
        given().queryParam("item", "gjj-withdraw-rent")
                .queryParam("district", "350205")
                .queryParam("at", "2025-07-01")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].district", equalTo("350205"))
                .body("[0].powerSource", equalTo("2"))
                .body("[0].handledBy", equalTo("haicang-centre"));
        given().queryParam("item", "gjj-withdraw-rent")
                .queryParam("district", "350205")
                .queryParam("at", "2025-05-01")
                .get("/api/v1/delegations")
                .then()
                .body("[0].district", equalTo("350200"))
                .body("[0].powerSource", equalTo("1"))
                .body("[0].handledBy", equalTo("city-centre"));
    }

    @Test
    void jimeiHoldsOnlyItsSixWithdrawalItems() {
        given().queryParam("item", "gjj-withdraw-build")
                .queryParam("district", "350211")
                .queryParam("at", "2026-01-05")
                .get("/api/v1/delegations")
                .then()
                .body("[0].district", equalTo("350200"));
    }

    @Test
    void historyIsKept() {
        given().queryParam("item", "plan-industrial-plant-rebuild")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .body("size()", greaterThan(6))
                .body("find { it.district == '350200' }.validTo", equalTo("2019-12-31"))
                .body("find { it.district == 'ftz' }.powerSource", equalTo("2"));
    }
}
