package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.clerk;
import static org.tongban.cases.intake.Applications.onBehalfOf;
import static org.tongban.cases.intake.Applications.rent;
import static org.tongban.cases.intake.Applications.rentForm;
import static org.tongban.cases.intake.Applications.submit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.TestIds;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** Applying from every channel, checked all at once, routed, numbered, idempotent. */
@QuarkusTest
class SubmissionTest {

    static final String CHEN_ID = "350205199003071239";

    @Inject
    EntityManager em;

    @Test
    void citizenAppliesOnlineForThemselfAndIsRoutedToTheHaicangWindow() {
        var created = submit(citizen("citizen-chen"), rent("MOBILE", CHEN_ID))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/applications/350205-20260302-\\d{6}"))
                .body("number", matchesPattern("350205-20260302-\\d{6}"))
                .body("state", equalTo("RECEIVED"))
                .body("item.version", equalTo(2))
                .body("applicant.name", equalTo("陈晓明"))
                .body("applicant.idNumber", equalTo(CHEN_ID))
                .body("handled.point", equalTo("haicang-centre"))
                .body("received", nullValue())
                .body("routing.rule", equalTo("NEAREST"))
                .body("submittedAt", equalTo("2026-03-02T01:30:00Z"));
        String number = created.extract().path("number");
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number + "/routing")
                .then()
                .statusCode(200)
                .body("handlingPoint", equalTo("haicang-centre"))
                .body("origin.source", equalTo("the centre of district 350205"))
                .body("candidates.point", hasItem("city-centre"));
    }

    @Test
    void clerkAppliesForTheCitizenAtTheirWindowAndKeepsItThere() {
        String id = TestIds.next("350203");
        String clerk = clerk("clerk-haicang");
        submit(clerk, Uploaded.withScannedIdCard(onBehalfOf(rent("WINDOW", id), "黄小云", id), clerk))
                .statusCode(201)
                .body("received.point", equalTo("haicang-centre"))
                .body("handled.point", equalTo("haicang-centre"))
                .body("routing.rule", equalTo("RECEIVING_POINT"))
                .body("forwarded", equalTo(false))
                .body("applicant.idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("applicant.contactPhone", equalTo("139****5678"));
    }

    @Test
    void kioskReceivesAndForwardsToTheNearestWindow() {
        String id = TestIds.next("350205");
        String kiosk = Tokens.kiosk();
        var body = Uploaded.withScannedIdCard(onBehalfOf(rent("KIOSK", id), "郑一鸣", id), kiosk);
        submit(kiosk, body)
                .statusCode(201)
                .body("received.point", equalTo("ekiosk-haicang-xinyang"))
                .body("handled.point", equalTo("haicang-centre"))
                .body("forwarded", equalTo(true))
                .body("actingClient", equalTo("kiosk-demo-01"))
                .body("routing.explanation", org.hamcrest.Matchers.containsString("收受分离"));
    }

    @Test
    void partnerOutletChannelMustMatchTheDevice() {
        String id = TestIds.next("350205");
        submit(Tokens.kiosk(), onBehalfOf(rent("NOTARY", id), "郑一鸣", id))
                .statusCode(422)
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void everyProblemIsListedAtOnceAndNothingIsStored() {
        long before = count();
        var form = rentForm(2500.0);
        form.put("contributionMonths", 1);
        form.put("ownsHomeInCity", true);
        form.remove("bankAccount");
        form.put("monthlyRent", -5);
        var body = onBehalfOf(rent("POST", "350205199003071238"), "王五", "350205199003071238");
        body.put("form", form);
        body.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "PAPER"),
                        Map.of("code", "passport", "reference", "PAPER")));
        submit(clerk("clerk-haicang"), body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("channel-not-for-role"))
                .body("errors.code", hasItem("channel-not-allowed"))
                .body("errors.code", hasItem("invalid-id-number"))
                .body("errors.field", hasItem("form.bankAccount"))
                .body("errors.field", hasItem("form.monthlyRent"))
                .body("errors.field", hasItem("form.ownsHomeInCity"))
                .body("errors.code", hasItem("electronic-only"))
                .body("errors.code", hasItem("unknown-material"))
                .body("errors.code", hasItem("missing-material"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFailedSubmissionConsumesNoNumber() {
        String first = submit(citizen("citizen-lin"), rent("WEB", "350203198806152465"))
                .statusCode(201)
                .extract()
                .path("number");
        var broken = rent("WEB", "350203198806152465");
        broken.put("form", Map.of());
        submit(citizen("citizen-lin"), broken).statusCode(422);
        String second = submit(citizen("citizen-lin"), rent("WEB", "350203198806152465"))
                .statusCode(201)
                .extract()
                .path("number");
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void aCitizenCannotApplyForSomeoneElse() {
        String other = TestIds.next("350203");
        submit(citizen("citizen-chen"), onBehalfOf(rent("WEB", other), "某人", other))
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aKioskMustIdentifyTheApplicant() {
        submit(Tokens.kiosk(), rent("KIOSK", CHEN_ID))
                .statusCode(422)
                .body("errors.code", hasItem("applicant-required"));
    }

    @Test
    void unknownItemAndRolesThatDoNotApply() {
        var body = rent("WEB", CHEN_ID);
        body.put("itemCode", "no-such-item");
        submit(citizen("citizen-chen"), body).statusCode(422).body("errors.code", hasItem("unknown-item"));
        submit(Tokens.of("supervisor-city"), rent("WEB", CHEN_ID)).statusCode(403);
        given().filter(ContractValidation.requestBreaksIt("no token and no Idempotency-Key: proves the 401"))
                .contentType(ContentType.JSON)
                .body(rent("WEB", CHEN_ID))
                .post("/api/v1/applications")
                .then()
                .statusCode(401);
    }

    @Test
    void bodyThatIsNotJsonOrTooLarge() {
        given().filter(ContractValidation.requestBreaksIt("a body that is not JSON: proves the 415"))
                .auth()
                .oauth2(citizen("citizen-chen"))
                .header("Idempotency-Key", "x")
                .contentType(ContentType.TEXT)
                .body("item=rent")
                .post("/api/v1/applications")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        var huge = rent("WEB", CHEN_ID);
        huge.put("form", Map.of("padding", "x".repeat(1_100_000)));
        submit(citizen("citizen-chen"), huge).statusCode(413).contentType("application/problem+json");
    }

    /** Chunks announce no length: outside uploads they would grow to the upload limit unseen. */
    @Test
    void aBodySentInChunksIsRefusedBeforeItIsRead() throws Exception {
        long before = count();
        byte[] body = new ObjectMapper().writeValueAsBytes(rent("WEB", CHEN_ID));
        var request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/applications"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + citizen("citizen-chen"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        var answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(411);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("/problems/length-required");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void retriesWithTheSameKeyGetTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        var body = rent("WEB", CHEN_ID);
        String first = submit(citizen("citizen-chen"), key, body)
                .statusCode(201)
                .extract()
                .asString();
        long after = count();
        String again = submit(citizen("citizen-chen"), key, body)
                .statusCode(201)
                .extract()
                .asString();
        assertThat(again).isEqualTo(first);
        assertThat(count()).isEqualTo(after);
        var other = rent("WEB", CHEN_ID);
        other.put("contactPhone", "13700000000");
        submit(citizen("citizen-chen"), key, other)
                .statusCode(422)
                .body("errors[0].code", equalTo("idempotency-key-reused"));
        given().filter(ContractValidation.requestBreaksIt("leaves out the Idempotency-Key: proves the 400"))
                .auth()
                .oauth2(citizen("citizen-chen"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/idempotency-key-required"));
    }

    @Test
    void aMisspeltOrMissingCoordinateIsRefusedNotReadAsZeroDegrees() {
        var misspelt = rent("MOBILE", CHEN_ID);
        misspelt.put("location", Map.of("latitude", 24.49, "lon", 118.04));
        submit(citizen("citizen-chen"), misspelt, ContractValidation.requestBreaksIt("a misspelt coordinate"))
                .statusCode(400)
                .body("errors[0].field", equalTo("location.latitude"))
                .body("errors[0].code", equalTo("unknown-field"))
                .body("errors[0].message", containsString("known: approximate, lat, lon"));
        var halfAPosition = rent("MOBILE", CHEN_ID);
        halfAPosition.put("location", Map.of("lat", 24.49));
        submit(citizen("citizen-chen"), halfAPosition, ContractValidation.requestBreaksIt("half a position"))
                .statusCode(400)
                .body("errors.field", hasItem("location.lon"));
    }

    @Test
    void aNumberOrBooleanInAStringIsRefusedNotConverted() {
        long before = count();
        var inTheForm = rent("MOBILE", CHEN_ID);
        var form = rentForm(1200.0);
        form.put("monthlyRent", "1200");
        form.put("contributionMonths", "36");
        inTheForm.put("form", form);
        submit(citizen("citizen-chen"), inTheForm)
                .statusCode(422)
                .body("errors.field", hasItem("form.monthlyRent"))
                .body("errors.field", hasItem("form.contributionMonths"));
        var aCoordinate = rent("MOBILE", CHEN_ID);
        aCoordinate.put("location", Map.of("lat", "24.49", "lon", 118.04));
        submit(citizen("citizen-chen"), aCoordinate, ContractValidation.requestBreaksIt("a coordinate in a string"))
                .statusCode(400)
                .body("errors[0].field", equalTo("location.lat"));
        var aChoice = rent("MOBILE", CHEN_ID);
        aChoice.put("fileDespiteUnmetConditions", "true");
        submit(citizen("citizen-chen"), aChoice, ContractValidation.requestBreaksIt("a boolean in a string"))
                .statusCode(400)
                .body("errors[0].field", equalTo("fileDespiteUnmetConditions"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void withinTheCapTheRentWithdrawalIsApprovedInstantly() {
        var body = rent("MOBILE", CHEN_ID);
        body.put("form", rentForm(1800.0));
        submit(citizen("citizen-chen"), body)
                .statusCode(201)
                .body("state", equalTo("APPROVED"))
                .body("decision.instant", equalTo(true))
                .body(
                        "decision.rules",
                        containsInAnyOrder(
                                "form.monthlyRent <= params.rentCapPerMonth",
                                "form.withdrawAmount <= form.monthlyRent * 3.0"));
    }

    @Test
    void whoSeesWhat() {
        String number = submit(citizen("citizen-chen"), rent("WEB", CHEN_ID))
                .statusCode(201)
                .extract()
                .path("number");
        String url = "/api/v1/applications/" + number;
        given().auth().oauth2(citizen("citizen-lin")).get(url).then().statusCode(404);
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get(url)
                .then()
                .statusCode(200)
                .body("applicant.idNumber", equalTo("350205********1239"));
        given().auth().oauth2(clerk("clerk-siming")).get(url).then().statusCode(404);
        given().auth().oauth2(clerk("reviewer-gjj")).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.of("supervisor-haicang")).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.of("supervisor-city")).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.kiosk()).get(url).then().statusCode(404);
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/me/applications")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(citizen("citizen-lin"))
                .get("/api/v1/me/applications")
                .then()
                .statusCode(200)
                .body("items.number", org.hamcrest.Matchers.not(hasItem(number)));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/applications?limit=100")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));
        given().auth()
                .oauth2(clerk("clerk-xiangan"))
                .get("/api/v1/applications?limit=100")
                .then()
                .statusCode(200)
                .body("items.number", org.hamcrest.Matchers.not(hasItem(number)));
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications")
                .then()
                .statusCode(403);
    }

    @Test
    void aCitizenSeesApplicationsOthersMadeForThem() {
        String number = submit(clerk("clerk-city"), onBehalfOf(rent("WINDOW", CHEN_ID), "陈晓明", CHEN_ID))
                .statusCode(201)
                .extract()
                .path("number");
        given().auth()
                .oauth2(citizen("citizen-chen"))
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .body("applicant.idNumber", equalTo(CHEN_ID))
                .body("received.point", equalTo("city-centre"));
    }

    @Test
    void aWindowForwardsWhatItCannotHandleAndBothPointsListIt() {
        String id = TestIds.next("350203");
        var body = new HashMap<String, Object>(Map.of(
                "itemCode", "gjj-withdraw-abroad",
                "channel", "WINDOW",
                "form",
                        Map.of(
                                "contributionMonths",
                                36,
                                "bankAccount",
                                "6222020402012345678",
                                "withdrawAmount",
                                64000.0,
                                "destination",
                                "新西兰 New Zealand",
                                "closeAccount",
                                true),
                "materials",
                        List.of(
                                Map.of("code", "id-card", "reference", Uploaded.pdf("clerk-siming")),
                                Map.of("code", "bank-card", "reference", "PAPER"),
                                Map.of("code", "household-cancellation", "reference", "PAPER")),
                "contactPhone", "13912345678"));
        String number = submit(clerk("clerk-siming"), onBehalfOf(body, "吴一帆", id))
                .statusCode(201)
                .body("received.point", equalTo("siming-centre"))
                .body("handled.point", not(equalTo("siming-centre")))
                .body("forwarded", equalTo(true))
                .extract()
                .path("number");
        for (String clerk : List.of("clerk-siming", "clerk-city")) {
            assertThat(allPages(clerk(clerk))).as(clerk).contains(number).doesNotHaveDuplicates();
        }
    }

    /** Every application the caller may list, walking the pages two at a time. */
    private static List<String> allPages(String token) {
        return Api.numbersOnEveryPage(
                () -> given().auth().oauth2(token).queryParam("limit", 2), "/api/v1/applications");
    }

    private long count() {
        return ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM application").getSingleResult())
                .longValue();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
