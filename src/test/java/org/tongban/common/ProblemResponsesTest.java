package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;

/** Every failure, whatever its cause, answers with one shape: application/problem+json. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    /** The probes are test-only resources; the contract does not describe them. */
    private static RequestSpecification citizen() {
        return given().filter(ContractValidation.notInIt("test-only probe resources"))
                .auth()
                .oauth2(Tokens.of("citizen-chen"));
    }

    @Test
    void beanValidationListsEveryViolationAtOnce() {
        citizen()
                .contentType(ContentType.JSON)
                .body(
                        "{\"itemCode\":\"\",\"phone\":\"123\",\"quantity\":11,\"lines\":[{\"reference\":\"ok\"},{\"reference\":\" \"}]}")
                .post("/test-probe/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("instance", equalTo("/test-probe/validated"))
                .body("errors", hasSize(4))
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("itemCode", "phone", "quantity", "lines[1].reference"))
                .body("errors.find { it.field == 'itemCode' }.code", equalTo("not-blank"));
    }

    @Test
    void malformedJsonIs400() {
        citizen()
                .contentType(ContentType.JSON)
                .body("{\"itemCode\": ")
                .post("/test-probe/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        citizen()
                .contentType(ContentType.JSON)
                .body("{\"itemCode\":\"x\",\"quantity\":\"many\",\"lines\":[]}")
                .post("/test-probe/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void unknownPathIs404() {
        given().filter(ContractValidation.notInIt("a path the API does not have"))
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIs405() {
        given().filter(ContractValidation.notInIt("a method the path does not serve"))
                .auth()
                .oauth2(Tokens.of("citizen-chen"))
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("status", equalTo(405));
    }

    @Test
    void wrongMediaTypeIs415() {
        citizen()
                .contentType(ContentType.XML)
                .body("<order/>")
                .post("/test-probe/validated")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void missingRoleIs403() {
        citizen()
                .get("/test-probe/supervisors-only")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void optimisticLockConflictIs409EvenWhenWrapped() {
        citizen()
                .get("/test-probe/stale")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/concurrent-modification"));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        citizen()
                .get("/test-probe/broken")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("detail", containsString("incident"))
                .body(not(containsString("SQL")))
                .body(not(containsString("select")))
                .body(not(containsString("Exception")));
    }
}
