package org.tongban.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tongban.testing.KeycloakAdmin;
import org.tongban.testing.Tokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void citizenSeesTheirOwnIdentityInFull() {
        given().auth()
                .oauth2(Tokens.of("citizen-chen"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("citizen-chen"))
                .body("displayName", equalTo("陈晓明"))
                .body("roles", hasItem("citizen"))
                .body("actingClient", equalTo("tongban-app"))
                .body("idNumber", equalTo("350205199003071239"))
                .body("phone", equalTo("13800000001"))
                .body("servicePoint", nullValue());
    }

    @Test
    void clerkSeesTheirServicePointThroughTheClerkFrontEnd() {
        given().auth()
                .oauth2(Tokens.of("clerk-haicang", "tongban-clerk"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("clerk"))
                .body("servicePoint", equalTo("haicang-centre"))
                .body("actingClient", equalTo("tongban-clerk"))
                .body("idNumber", nullValue());
    }

    @Test
    void supervisorSeesTheirDistrict() {
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("supervisor"))
                .body("district", equalTo("350200"));
    }

    @Test
    void reviewerSeesTheirDepartmentAndTheAreaTheyReviewFor() {
        given().auth()
                .oauth2(Tokens.of("reviewer-gjj", "tongban-clerk"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("department", equalTo("gjj"))
                .body("district", equalTo("350205"));
    }

    @Test
    void kioskServiceAccountActsAsItsClientAtItsServicePoint() {
        given().auth()
                .oauth2(Tokens.kiosk())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("default-roles-tongban", "kiosk", "offline_access", "uma_authorization"))
                .body("actingClient", equalTo("kiosk-demo-01"))
                .body("servicePoint", equalTo("ekiosk-haicang-xinyang"));
    }

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"tongban\""))
                .body("status", equalTo(401))
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void tamperedTokenIs401() {
        String token = Tokens.of("citizen-lin");
        String[] parts = token.split("\\.");
        // Swap the payload for the one of another user: the signature no longer matches.
        String forged = parts[0] + "." + Tokens.of("citizen-chen").split("\\.")[1] + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        // admin-cli exists in every realm and has no tongban-api audience mapper.
        String otherAudience = Tokens.of("citizen-chen", "admin-cli");
        given().auth().oauth2(otherAudience).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        String client = "expiry-probe-" + System.nanoTime();
        KeycloakAdmin.createShortLivedClient(client, "probe-secret", 4);
        String token = Tokens.clientCredentials(client, "probe-secret");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Thread.sleep(Duration.ofSeconds(6));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }
}
