package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.clerk;
import static org.tongban.cases.intake.Applications.onBehalfOf;
import static org.tongban.cases.intake.Applications.rent;
import static org.tongban.cases.intake.Applications.rentForm;
import static org.tongban.cases.intake.Applications.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.TestIds;
import org.tongban.testing.Uploaded;

/**
 * Art. 32: an applicant may file an application the acceptance conditions reject and receive a
 * reasoned decision not to accept it (不予受理), received on a day and numbered; form and material
 * problems are still refused all at once with nothing stored.
 */
@QuarkusTest
class FilingDespiteConditionsTest {

    @Inject
    EntityManager em;

    /** Rent withdrawal by someone with one month of contributions (the item requires three). */
    static Map<String, Object> tooFewContributions(String channel, String idNumber) {
        var body = rent(channel, idNumber);
        var form = rentForm(2500.0);
        form.put("contributionMonths", 1);
        body.put("form", form);
        return body;
    }

    @Test
    void unmetConditionsAloneAreRefusedWithTheChoiceNamed() {
        long before = applications();
        submit(citizen("citizen-chen"), tooFewContributions("MOBILE", SubmissionTest.CHEN_ID))
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("form.contributionMonths"))
                .body("errors[0].code", equalTo("condition-not-met"))
                .body("detail", containsString("fileDespiteUnmetConditions"));
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void filedAnywayItIsReceivedNumberedAndNotAcceptedWithReasons() {
        var body = tooFewContributions("MOBILE", SubmissionTest.CHEN_ID);
        body.put("fileDespiteUnmetConditions", true);
        long notAcceptedBefore = counted("not_accepted");
        String number = submit(citizen("citizen-chen"), body)
                .statusCode(201)
                .body("number", matchesPattern("350205-20260302-\\d{6}"))
                .body("state", equalTo("NOT_ACCEPTED"))
                .body("receivedOn", equalTo("2026-03-02"))
                .body("decidedAt", equalTo("2026-03-02T01:30:00Z"))
                .body("decision.outcome", equalTo("NOT_ACCEPTED"))
                .body("decision.decidedOn", equalTo("2026-03-02"))
                .body("decision.decidedBy.en", containsString("Haicang"))
                .body("decision.filedDespiteUnmetConditions", equalTo(true))
                .body("decision.reasons[0]", containsString("连续足额缴存住房公积金满3个月"))
                .body("decision.unmetConditions[0].field", equalTo("form.contributionMonths"))
                .body("decision.legalBasis", containsString("第三十二条"))
                .body("decision.rightToReview", containsString("行政复议"))
                .body("deadline", nullValue())
                .extract()
                .path("number");
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .statusCode(200)
                .body("action", equalTo(java.util.List.of("SUBMIT", "REFUSE_ACCEPTANCE")))
                .body("[1].to", equalTo("NOT_ACCEPTED"))
                .body("[1].role", equalTo("system"))
                .body("[1].actor", equalTo("system:acceptance-conditions"));
        assertThat(counted("not_accepted")).isEqualTo(notAcceptedBefore + 1);
    }

    @Test
    void aWindowClerkRecordsItAndIssuesTheDecision() {
        String id = TestIds.next("350203");
        String clerk = clerk("clerk-haicang");
        var body = Uploaded.withScannedIdCard(onBehalfOf(tooFewContributions("WINDOW", id), "窗口申请人", id), clerk);
        body.put("fileDespiteUnmetConditions", true);
        String number = submit(clerk, body)
                .statusCode(201)
                .body("state", equalTo("NOT_ACCEPTED"))
                .body("received.point", equalTo("haicang-centre"))
                .extract()
                .path("number");
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/applications?state=NOT_ACCEPTED&limit=100")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));
    }

    @Test
    void formAndMaterialProblemsAreStillRefusedAllAtOnceWhateverTheChoice() {
        long before = applications();
        var body = tooFewContributions("MOBILE", SubmissionTest.CHEN_ID);
        var form = rentForm(2500.0);
        form.put("contributionMonths", 1);
        form.remove("bankAccount");
        body.put("form", form);
        body.put("fileDespiteUnmetConditions", true);
        submit(citizen("citizen-chen"), body)
                .statusCode(422)
                .body("errors.code", hasItem("condition-not-met"))
                .body("errors.field", hasItem("form.bankAccount"))
                .body("detail", org.hamcrest.Matchers.not(containsString("fileDespiteUnmetConditions")));
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void anApplicationThatMeetsItsConditionsIsReceivedAsUsualWhateverTheChoice() {
        var body = rent("MOBILE", SubmissionTest.CHEN_ID);
        body.put("fileDespiteUnmetConditions", true);
        submit(citizen("citizen-chen"), body)
                .statusCode(201)
                .body("state", equalTo("RECEIVED"))
                .body("decision", nullValue());
    }

    @Test
    void unmetConditionsAreNeverInstantlyApproved() {
        var body = tooFewContributions("MOBILE", SubmissionTest.CHEN_ID);
        var form = rentForm(1800.0); // within the instant-approval cap
        form.put("contributionMonths", 1);
        body.put("form", form);
        body.put("fileDespiteUnmetConditions", true);
        submit(citizen("citizen-chen"), body)
                .statusCode(201)
                .body("state", equalTo("NOT_ACCEPTED"))
                .body("decision.reasons", everyItem(containsString("受理条件未满足")));
    }

    private long applications() {
        return ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM application").getSingleResult())
                .longValue();
    }

    private long counted(String column) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM case_stats")
                                .getSingleResult())
                        .longValue());
    }
}
