package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/**
 * E-licences through the demo library (seeds/e-licences.yaml): a material exempt when held (免提交)
 * is taken from it, an E-LICENCE reference must be the applicant's own, and a declared residence
 * must agree with the household register named with it — each problem listed with the others.
 */
@QuarkusTest
class ELicencesTest {

    static final String LIN_ID = "350203198806152465";
    static final String CHEN_REGISTER = "E-LICENCE:HOUSEHOLD_REGISTER:HJ350205-20160412-0031";

    /** A withdrawal for a second-hand home (gjj-withdraw-purchase): its title certificate is 免提交. */
    static Map<String, Object> purchase(String citizen, String idNumber) {
        var body = new HashMap<String, Object>();
        body.put("itemCode", "gjj-withdraw-purchase");
        body.put("channel", "MOBILE");
        body.put("contactPhone", Api.CHEN_PHONE);
        body.put(
                "form",
                Map.of(
                        "contributionMonths",
                        36,
                        "bankAccount",
                        "6222020402012345678",
                        "withdrawAmount",
                        12000.0,
                        "purchaseDate",
                        "2025-11-15",
                        "housePrice",
                        2600000.0,
                        "newHome",
                        false));
        body.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + idNumber),
                        Map.of("code", "bank-card", "reference", "PAPER"),
                        Map.of("code", "purchase-contract", "reference", Uploaded.pdf(citizen))));
        return body;
    }

    @Test
    void theTitleCertificateIsTakenFromTheLibraryAndTheCaseSaysWhichOne() {
        var body = purchase("citizen-chen", Api.CHEN_ID);
        body.put("residence", Map.of("district", Api.CHEN_RESIDENCE, "licence", CHEN_REGISTER));
        JsonPath own = submit(citizen("citizen-chen"), body)
                .statusCode(201)
                .body("materials.code", hasItems("id-card", "bank-card", "purchase-contract", "property-certificate"))
                .body("materials.find { it.code == 'bank-card' }.licence", nullValue())
                .extract()
                .jsonPath();
        String certificate = "materials.find { it.code == 'property-certificate' }";
        org.assertj.core.api.Assertions.assertThat(own.getString(certificate + ".reference"))
                .isEqualTo("E-LICENCE:PROPERTY_CERTIFICATE:XM2019-0034567");
        org.assertj.core.api.Assertions.assertThat(own.getMap(certificate + ".licence"))
                .containsEntry("type", "PROPERTY_CERTIFICATE")
                .containsEntry("number", "XM2019-0034567")
                .containsEntry("issuer", "厦门市自然资源和规划局")
                .containsEntry("asOf", own.getString("receivedOn"))
                .containsEntry("fromLibrary", true);
        org.assertj.core.api.Assertions.assertThat(own.getMap("materials.find { it.code == 'id-card' }.licence"))
                .containsEntry("number", Api.CHEN_ID)
                .containsEntry("fromLibrary", false);

        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .get("/api/v1/applications/" + own.getString("number"))
                .then()
                .statusCode(200)
                .body("materials.find { it.code == 'id-card' }.licence.number", equalTo("350205********1239"))
                .body(
                        "materials.find { it.code == 'id-card' }.reference",
                        equalTo("E-LICENCE:ID_CARD:350205********1239"))
                .body(certificate + ".licence.issuer", equalTo("厦门市自然资源和规划局"));
    }

    @Test
    void withoutOneInTheLibraryTheExemptMaterialIsRequired() {
        submit(citizen("citizen-lin"), purchase("citizen-lin", LIN_ID))
                .statusCode(422)
                .body(
                        "errors.find { it.code == 'missing-material' }.message",
                        org.hamcrest.Matchers.startsWith("property-certificate"));
    }

    @Test
    void anotherPersonsLicenceOrOneTheLibraryLacksIsRefusedWithEveryOtherProblem() {
        var body = purchase("citizen-chen", LIN_ID);
        @SuppressWarnings("unchecked")
        var form = new HashMap<>((Map<String, Object>) body.get("form"));
        form.remove("bankAccount");
        body.put("form", form);
        body.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + LIN_ID),
                        Map.of("code", "bank-card", "reference", "PAPER"),
                        Map.of("code", "purchase-contract", "reference", Uploaded.pdf("citizen-chen")),
                        Map.of(
                                "code",
                                "property-certificate",
                                "reference",
                                "E-LICENCE:PROPERTY_CERTIFICATE:XM2019-0000001")));
        submit(citizen("citizen-chen"), body)
                .statusCode(422)
                .body("errors.find { it.field == 'materials[0].reference' }.code", equalTo("licence-not-held"))
                .body("errors.find { it.field == 'materials[3].reference' }.code", equalTo("unknown-licence"))
                .body("errors.field", hasItem("form.bankAccount"));
    }

    @Test
    void aDeclaredResidenceMustBeWhereTheHouseholdRegisterSays() {
        var body = Api.rentWithdrawal(2500.0);
        body.put("residence", Map.of("district", "350203", "licence", CHEN_REGISTER));
        submit(citizen("citizen-chen"), body)
                .statusCode(422)
                .body("errors.find { it.field == 'residence.district' }.code", equalTo("residence-mismatch"));
        body.put(
                "residence",
                Map.of("district", "350205", "licence", "E-LICENCE:HOUSEHOLD_REGISTER:HJ350203-20080615-0107"));
        submit(citizen("citizen-chen"), body)
                .statusCode(422)
                .body("errors.find { it.field == 'residence.licence' }.code", equalTo("licence-not-held"));
        body.put("residence", Map.of("district", "350205", "licence", CHEN_REGISTER));
        submit(citizen("citizen-chen"), body).statusCode(201).body("residence", equalTo("350205"));
    }
}
