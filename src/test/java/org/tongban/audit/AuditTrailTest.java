package org.tongban.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;

/** The keyed chain holds, is verified in bounded steps, and a row changed behind the service's back is found. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Inject
    AuditVerificationJob job;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditLog auditLog;

    @Inject
    MeterRegistry registry;

    @Test
    void verificationContinuesFromTheLastVerifiedSealInBoundedSteps() {
        verify(Map.of()); // everything so far
        for (int i = 0; i < 4; i++) {
            audit();
        }
        long before = verify(Map.of("limit", 1)).getLong("entriesVerified");
        var step = verify(Map.of("limit", 2));
        assertThat(step.getInt("checked")).isEqualTo(2);
        assertThat(step.getLong("entriesVerified")).isEqualTo(before + 2);
        assertThat(step.getLong("unverified")).isPositive();
        var rest = verify(Map.of());
        assertThat(rest.getBoolean("intact")).isTrue();
        assertThat(rest.getLong("unverified")).isZero();
        assertThat(rest.getLong("entriesVerified")).isEqualTo(before + 2 + rest.getInt("checked"));
    }

    @Test
    void aRowAlteredAfterItsVerificationIsFoundByARecheckAndByTheJob() {
        verify(Map.of());
        long victim = 5;
        String original = column("actor", victim);
        update(victim, "someone-else");
        try {
            var recheck = verify(Map.of("from", 1));
            assertThat(recheck.getBoolean("intact")).isFalse();
            assertThat(recheck.getLong("firstBrokenLink.seq")).isEqualTo(victim);
            assertThat(recheck.getString("firstBrokenLink.reason"))
                    .isEqualTo("the entry's content does not match its hash");
            assertThat(recheck.getString("firstBrokenLink.foundBy")).isEqualTo("supervisor-city");
        } finally {
            update(victim, original);
        }
        assertThat(verify(Map.of("from", 1)).getBoolean("intact")).isTrue();

        double breaks = breaksCounted();
        update(victim, "someone-else");
        try {
            job.run(); // the rolling re-check starts over after the newest verified entry,
            job.run(); // so within two runs it has seen every entry of this small chain again
            var seen = verify(Map.of());
            assertThat(seen.getBoolean("intact")).isFalse();
            assertThat(seen.getLong("firstBrokenLink.seq")).isEqualTo(victim);
            assertThat(seen.getString("firstBrokenLink.foundBy")).isEqualTo("system:audit-verification");
            assertThat(breaksCounted()).isGreaterThan(breaks);
            assertThat(registry.get("tongban.audit.chain.intact").gauge().value())
                    .isZero();
        } finally {
            update(victim, original);
        }
        verify(Map.of("from", 1));
        assertThat(job.run().intact()).isTrue();
    }

    /** What anyone with write access to the database could do to an unkeyed chain. */
    @Test
    void aRowRewrittenWithARecomputedHashIsFoundBecauseTheSealIsKeyed() {
        verify(Map.of());
        audit();
        sealer.sealBatch(); // sealed, not yet verified
        long newest = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT last_seq FROM audit_head WHERE id = 1")
                                .getSingleResult())
                        .longValue());
        AuditEntry forged = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry entry = AuditEntry.find("seq", newest).firstResult();
            em.detach(entry);
            return entry;
        });
        String original = forged.actor;
        String originalHash = forged.hash;
        forged.actor = "someone-else";
        String recomputed = AuditChain.unkeyedHash(forged, forged.seq, forged.prevHash);
        rewrite(newest, "someone-else", recomputed);
        try {
            var report = verify(Map.of());
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getLong("firstBrokenLink.seq")).isEqualTo(newest);
        } finally {
            rewrite(newest, original, originalHash);
        }
        assertThat(verify(Map.of()).getBoolean("intact")).isTrue();
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
                java.util.List.of(java.util.Map.of(
                        "code", "id-card", "reference", org.tongban.testing.Uploaded.pdf("clerk-haicang"))),
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

    private io.restassured.path.json.JsonPath verify(Map<String, Object> query) {
        return given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParams(query)
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** One more entry in the trail. */
    private void audit() {
        QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(
                        Actor.system("audit-test"), "audit-test.touch", "audit-test", "1", null, null, Map.of()));
    }

    private double breaksCounted() {
        return registry.get("tongban.audit.chain.breaks").counter().count();
    }

    private String column(String column, long seq) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT " + column + " FROM audit_entry WHERE seq = ?1")
                        .setParameter(1, seq)
                        .getSingleResult());
    }

    private void rewrite(long seq, String actor, String hash) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE audit_entry SET actor = ?1, hash = ?2 WHERE seq = ?3")
                    .setParameter(1, actor)
                    .setParameter(2, hash)
                    .setParameter(3, seq)
                    .executeUpdate();
            em.createNativeQuery("UPDATE audit_head SET last_hash = ?1 WHERE id = 1 AND last_seq = ?2")
                    .setParameter(1, hash)
                    .setParameter(2, seq)
                    .executeUpdate();
        });
    }

    private void update(long seq, String actor) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE audit_entry SET actor = ?1 WHERE seq = ?2")
                        .setParameter(1, actor)
                        .setParameter(2, seq)
                        .executeUpdate());
    }
}
