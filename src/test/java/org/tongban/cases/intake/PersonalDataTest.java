package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.clerk;
import static org.tongban.cases.intake.Applications.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;

/**
 * Personal data the item declares (form fields marked x-personal, material references) is seen in
 * full only on the applicant's side; staff see it masked, reveal one field at a time with a reason
 * (audited), see the applicant's position only to about a kilometre, and nothing is cached.
 */
@QuarkusTest
class PersonalDataTest {

    static final String BANK_ACCOUNT = "6222020402012345678";
    static final double LAT = 24.485671;
    static final double LON = 118.033219;

    private static String rentWithPosition() {
        Map<String, Object> body = new HashMap<>(Api.rentWithdrawal(2500.0));
        body.put("location", Map.of("lat", LAT, "lon", LON));
        return submit(citizen("citizen-chen"), body).statusCode(201).extract().path("number");
    }

    @Test
    void staffSeeDeclaredFormFieldsAndMaterialReferencesMaskedTheApplicantInFull() {
        String number = rentWithPosition();
        for (String token : new String[] {clerk("clerk-haicang"), Tokens.of("supervisor-city")}) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/applications/" + number)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("form.bankAccount", equalTo("***************5678"))
                    .body("form.monthlyRent", equalTo(2500.0f))
                    .body(
                            "materials.find { it.code == 'id-card' }.reference",
                            equalTo("E-LICENCE:ID_CARD:350205********1239"));
        }
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .queryParam("limit", 100)
                .get("/api/v1/applications")
                .then()
                .header("Cache-Control", "no-store")
                .body("items.form.bankAccount", not(hasItem(BANK_ACCOUNT)))
                .body("items.materials.flatten().reference", not(hasItem("E-LICENCE:ID_CARD:" + Api.CHEN_ID)));
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number)
                .then()
                .header("Cache-Control", "no-store")
                .body("form.bankAccount", equalTo(BANK_ACCOUNT))
                .body("materials.find { it.code == 'id-card' }.reference", equalTo("E-LICENCE:ID_CARD:" + Api.CHEN_ID));
    }

    @Test
    void aWindowClerkRevealsOneFieldWithAReasonAndTheTrailSaysSo() {
        String number = rentWithPosition();
        reveal(clerk("clerk-haicang"), number, "form.bankAccount", "核对收款账户")
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("field", equalTo("form.bankAccount"))
                .body("value", equalTo(BANK_ACCOUNT));
        reveal(clerk("clerk-haicang"), number, "materials.id-card", "核验电子证照")
                .statusCode(200)
                .body("value", equalTo("E-LICENCE:ID_CARD:" + Api.CHEN_ID));
        reveal(clerk("clerk-haicang"), number, "applicant.contactPhone", "联系申请人")
                .statusCode(200)
                .body("value", equalTo(Api.CHEN_PHONE));
        reveal(clerk("clerk-haicang"), number, "form.monthlyRent", "not personal")
                .statusCode(422)
                .body("errors.field", hasItem("field"));
        reveal(clerk("clerk-xiangan"), number, "form.bankAccount", "not my window")
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("subject", "application:" + number)
                .get("/api/v1/audit")
                .then()
                .body(
                        "items.findAll { it.action == 'personal-data.reveal' }.after.field",
                        containsInAnyOrder("applicant.contactPhone", "materials.id-card", "form.bankAccount"))
                .body(
                        "items.findAll { it.action == 'personal-data.reveal' }.actor",
                        everyItem(equalTo("clerk-haicang")));
    }

    @Test
    void staffSeeTheApplicantsPositionToAboutAKilometre() {
        String number = rentWithPosition();
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number + "/routing")
                .then()
                .statusCode(200)
                .body("origin.location.lat", equalTo((float) LAT))
                .body("origin.location.lon", equalTo((float) LON));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/applications/" + number + "/routing")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("origin.location.lat", equalTo(24.49f))
                .body("origin.location.lon", equalTo(118.03f))
                .body("origin.location.approximate", equalTo(true))
                .body("explanation", not(org.hamcrest.Matchers.matchesPattern(".*\\d\\.\\d+ km.*")));
    }

    private static io.restassured.response.ValidatableResponse reveal(
            String token, String number, String field, String reason) {
        return given().auth()
                .oauth2(token)
                .queryParam("field", field)
                .queryParam("reason", reason)
                .get("/api/v1/applications/" + number + "/personal-data")
                .then();
    }
}
