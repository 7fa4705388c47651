package org.tongban.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;

/** The hash chain holds, and a row changed behind the service's back is found. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void chainVerifiesThenDetectsARowAlteredInTheDatabase() {
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("entriesVerified", greaterThan(100));

        long victim = 5;
        String original = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT actor FROM audit_entry WHERE seq = ?1")
                        .setParameter(1, victim)
                        .getSingleResult());
        update(victim, "someone-else");
        try {
            given().auth()
                    .oauth2(Tokens.of("supervisor-city"))
                    .get("/api/v1/audit/verify")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("entriesVerified", equalTo(4))
                    .body("firstBrokenLink.seq", equalTo(5))
                    .body("firstBrokenLink.reason", equalTo("the entry's content does not match its hash"));
        } finally {
            update(victim, original);
        }
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/audit/verify")
                .then()
                .body("intact", equalTo(true));
    }

    @Test
    void onlySupervisorsVerify() {
        given().auth()
                .oauth2(Tokens.of("admin-catalog"))
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(403);
    }

    @Test
    void everyLookAtAFullIdNumberIsAudited() {
        String id = org.tongban.testing.TestIds.next("350205");
        var body = new java.util.HashMap<String, Object>(java.util.Map.of(
                "itemCode",
                "gjj-contribution-certificate",
                "channel",
                "WINDOW",
                "form",
                java.util.Map.of("purpose", "loan"),
                "materials",
                java.util.List.of(java.util.Map.of("code", "id-card", "reference", "E-LICENCE:" + id)),
                "contactPhone",
                "13900000000",
                "applicant",
                java.util.Map.of("name", "核验人", "idNumber", id)));
        String clerk = Tokens.of("clerk-haicang", "tongban-clerk");
        String number = given().auth()
                .oauth2(clerk)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(io.restassured.http.ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        given().auth()
                .oauth2(clerk)
                .get("/api/v1/applications/" + number)
                .then()
                .body("applicant.idNumber", org.hamcrest.Matchers.not(equalTo(id)));
        given().auth()
                .oauth2(clerk)
                .queryParam("reason", "窗口核验身份证")
                .get("/api/v1/applications/" + number + "/applicant-id")
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(id));
        given().filter(ContractValidation.requestBreaksIt("leaves out the required reason"))
                .auth()
                .oauth2(clerk)
                .get("/api/v1/applications/" + number + "/applicant-id")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("reason", "x")
                .get("/api/v1/applications/" + number + "/applicant-id")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("subject", "application:" + number)
                .get("/api/v1/audit")
                .then()
                .body("items.find { it.action == 'applicant-id.reveal' }.actor", equalTo("clerk-haicang"))
                .body("items.find { it.action == 'applicant-id.reveal' }.after.reason", equalTo("窗口核验身份证"));
    }

    private void update(long seq, String actor) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE audit_entry SET actor = ?1 WHERE seq = ?2")
                        .setParameter(1, actor)
                        .setParameter(2, seq)
                        .executeUpdate());
    }
}
