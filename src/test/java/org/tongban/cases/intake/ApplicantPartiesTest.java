package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.clerk;
import static org.tongban.cases.intake.Applications.onBehalfOf;
import static org.tongban.cases.intake.Applications.rent;
import static org.tongban.cases.intake.Applications.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.TestIds;
import org.tongban.testing.Uploaded;

/**
 * Organisations (unified social credit code) and agents acting for an applicant are first-class:
 * items serve the kinds of applicant their standard names, both identities are kept, and each
 * party sees what is theirs.
 */
@QuarkusTest
class ApplicantPartiesTest {

    static final String LIN_ID = "350203198806152465";
    static final String COMPANY_CODE = Api.COMPANY_CODE;
    /** Tencent's code with its check character changed. */
    static final String BAD_CODE = "9144030071526726XH";

    static Map<String, Object> company(String code) {
        return Map.of("kind", "ORGANISATION", "name", "厦门某制造有限公司", "creditCode", code);
    }

    static Map<String, Object> plantRebuild(String site) {
        return Api.plantRebuild(site);
    }

    @Test
    void aCitizenActsOnlineForACompanyAndFollowsTheCaseAsItsAgent() {
        String number = submit(citizen("citizen-chen"), plantRebuild("350205"))
                .statusCode(201)
                .body("applicant.kind", equalTo("ORGANISATION"))
                .body("applicant.creditCode", equalTo(COMPANY_CODE))
                .body("applicant.idNumber", nullValue())
                .body("agent.name", equalTo("陈晓明"))
                .body("agent.idNumber", equalTo(SubmissionTest.CHEN_ID))
                .body("competentDistrict", equalTo("350205"))
                .body("handled.point", equalTo("haicang-centre"))
                .body("routing.holderDistrict", equalTo("350205"))
                .extract()
                .path("number");
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/me/applications?limit=100")
                .then()
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .body("applicant.creditCode", equalTo(COMPANY_CODE))
                .body("agent.idNumber", equalTo("350205********1239"));
        given().auth()
                .oauth2(citizen("citizen-lin"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(404);
    }

    @Test
    void theSiteDecidesWhereAPlanningCaseGoesNotTheAgentsIdNumber() {
        // citizen-chen's ID was issued in Haicang; the site is in Tong'an.
        submit(citizen("citizen-chen"), plantRebuild("350212"))
                .statusCode(201)
                .body("competentDistrict", equalTo("350212"))
                .body("handled.point", equalTo("tongan-centre"));
    }

    @Test
    void aFreeTradeZoneSiteGoesToTheZonesHolderAndItsReviewers() {
        String number = submit(citizen("citizen-chen"), plantRebuild("ftz"))
                .statusCode(201)
                .body("handled.point", equalTo("huli-centre"))
                .body("routing.holderDistrict", equalTo("ftz"))
                .extract()
                .path("number");
        given().auth()
                .oauth2(clerk("reviewer-planning-ftz"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(clerk("reviewer-planning"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(404);
    }

    @Test
    void itemsServeOnlyTheKindsOfApplicantTheirStandardNames() {
        var person = plantRebuild("350205");
        person.remove("applicant");
        submit(citizen("citizen-chen"), person).statusCode(422).body("errors.code", hasItem("not-a-service-object"));
        var companyRent = rent("MOBILE", SubmissionTest.CHEN_ID);
        companyRent.put("applicant", company(COMPANY_CODE));
        submit(citizen("citizen-chen"), companyRent)
                .statusCode(422)
                .body("errors.field", hasItem("applicant.kind"))
                .body("errors.code", hasItem("not-a-service-object"));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        var body = plantRebuild("350205");
        body.put("applicant", company(BAD_CODE));
        submit(citizen("citizen-chen"), body)
                .statusCode(422)
                .body("errors.field", hasItem("applicant.creditCode"))
                .body("errors.code", hasItem("invalid-credit-code"));
    }

    @Test
    void atAWindowAnOrganisationNeedsThePersonActingForIt() {
        var body = Api.plantRebuild("350205", "clerk-haicang");
        body.put("channel", "WINDOW");
        submit(clerk("clerk-haicang"), body).statusCode(422).body("errors.code", hasItem("agent-required"));
        String agent = TestIds.next("350211");
        body.put("agent", Map.of("name", "经办人", "idNumber", agent));
        submit(clerk("clerk-haicang"), body)
                .statusCode(201)
                .body("agent.idNumber", not(equalTo(agent)))
                .body("received.point", equalTo("haicang-centre"));
    }

    @Test
    void anAgentAtAWindowFollowsTheCaseBesideTheApplicant() {
        String applicant = TestIds.next("350205");
        String clerk = clerk("clerk-haicang");
        var body = Uploaded.withScannedIdCard(onBehalfOf(rent("WINDOW", applicant), "被代理人", applicant), clerk);
        body.put("agent", Map.of("name", "林雅婷", "idNumber", LIN_ID));
        String number = submit(clerk, body)
                .statusCode(201)
                .body("agent.idNumber", equalTo("350203********2465"))
                .extract()
                .path("number");
        given().auth()
                .oauth2(citizen("citizen-lin"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .body("applicant.idNumber", equalTo(applicant))
                .body("agent.idNumber", equalTo(LIN_ID));
        given().auth()
                .oauth2(citizen("citizen-lin"))
                .get("/api/v1/me/applications?limit=100")
                .then()
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .queryParam("reason", "核验代理人身份证")
                .get("/api/v1/applications/" + number + "/applicant-id")
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(applicant))
                .body("agentIdNumber", equalTo(LIN_ID));
    }

    @Test
    void onlineACitizenCannotActForAnotherPerson() {
        var body = rent("WEB", SubmissionTest.CHEN_ID);
        body.put("agent", Map.of("name", "林雅婷", "idNumber", LIN_ID));
        submit(citizen("citizen-chen"), body).statusCode(403);
    }
}
