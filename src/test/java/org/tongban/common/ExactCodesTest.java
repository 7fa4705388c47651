package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;

/** A code means one thing: no other case, no NUL, no trailing space finds it. */
@QuarkusTest
class ExactCodesTest {

    @Inject
    EntityManager em;

    @Test
    void codesInPathsMatchOnlyAsWritten() {
        given().get("/api/v1/items/gjj-withdraw-rent").then().statusCode(200);
        given().get("/api/v1/items/GJJ-WITHDRAW-RENT").then().statusCode(404);
        given().get("/api/v1/items/Gjj-withdraw-rent/versions").then().statusCode(404);
        given().get("/api/v1/service-points/HAICANG-CENTRE").then().statusCode(404);
        given().get("/api/v1/service-points/haicang-centre").then().statusCode(200);
    }

    @Test
    void controlCharactersAndSpacesInPathsAreRefusedBeforeAnyLookup() {
        for (String path : new String[] {
            "/api/v1/items/gjj-withdraw-rent%00",
            "/api/v1/items/gjj-withdraw-rent%20",
            "/api/v1/items/gjj-withdraw-rent%0A",
            "/api/v1/service-points/haicang-centre%00"
        }) {
            given().urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].code", equalTo("control-character"));
        }
    }

    @Test
    void anApplicationIsNeverStoredUnderAnotherSpellingOfItsItemCode() {
        for (String spelling : new String[] {"GJJ-WITHDRAW-RENT", "gjj-withdraw-rent\u0000", "gjj-withdraw-rent "}) {
            var body = Api.rentWithdrawal(2500);
            body.put("itemCode", spelling);
            Api.as("citizen-chen")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/applications")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("itemCode"));
        }
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM application WHERE BINARY item_code <> 'gjj-withdraw-rent'"
                                                + " AND LOWER(TRIM(REPLACE(item_code, CHAR(0), ''))) = 'gjj-withdraw-rent'")
                                .getSingleResult())
                        .longValue());
        assertThat(stored).isZero();
    }

    @Test
    void theDatabaseComparesCodesInBinary() {
        long found = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM service_item WHERE code IN ('GJJ-WITHDRAW-RENT', ?1)")
                                .setParameter(1, "gjj-withdraw-rent\u0000")
                                .getSingleResult())
                        .longValue());
        assertThat(found).isZero();
    }
}
