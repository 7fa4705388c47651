package org.tongban.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;

@QuarkusTest
class OperationsTest {

    private static final io.restassured.filter.Filter MANAGEMENT =
            ContractValidation.notInIt("management endpoints, not part of the API");

    @Test
    void liveness() {
        given().filter(MANAGEMENT).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversTheDatabaseAndTheIdentityProvider() {
        given().filter(MANAGEMENT)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("identity-provider", "Database connections health check"));
    }

    @Test
    void prometheusMetrics() {
        given().filter(MANAGEMENT)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
