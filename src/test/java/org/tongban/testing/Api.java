package org.tongban.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Calls to the service as the demo users, shared by the integration tests. */
public final class Api {

    public static final String CHEN_ID = "350205199003071239";
    public static final String CHEN_PHONE = "13800000001";
    /** The registered residence citizen-chen declares: Haicang (not read from the ID number). */
    public static final String CHEN_RESIDENCE = "350205";

    private Api() {}

    /** A demo user, through the app (citizens) or the clerks' front-end (staff). */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user, user.startsWith("citizen") ? "tongban-app" : "tongban-clerk"));
    }

    /** Submits with a fresh Idempotency-Key and returns the application's number. */
    public static String submit(String user, Map<String, Object> body) {
        return submit(as(user), body);
    }

    /** The same, for a caller already set up (a token of any client). */
    public static String submit(RequestSpecification caller, Map<String, Object> body) {
        return caller.header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
    }

    /**
     * The numbers of every item of a keyset-paginated list, walking its pages: {@code request} sets
     * up one page's call (caller, filters, limit), the cursor is added here.
     */
    public static List<String> numbersOnEveryPage(Supplier<RequestSpecification> request, String path) {
        List<String> numbers = new ArrayList<>();
        String cursor = null;
        do {
            var page = request.get();
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            var body = page.get(path).then().statusCode(200).extract().jsonPath();
            numbers.addAll(body.getList("items.number", String.class));
            cursor = body.getString("nextCursor");
        } while (cursor != null);
        return numbers;
    }

    /** Reads the application's ETag as the user, then takes the action with it. */
    public static ValidatableResponse act(String user, String number, Map<String, Object> action) {
        String etag = as(user).get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return as(user).header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(action)
                .post("/api/v1/applications/" + number + "/actions")
                .then();
    }

    /**
     * citizen-chen's rent withdrawal (gjj-withdraw-rent), declaring a Haicang residence: above the
     * instant cap of 2,000 it waits for review.
     */
    public static Map<String, Object> rentWithdrawal(double monthlyRent) {
        var body = new HashMap<String, Object>();
        body.put("itemCode", "gjj-withdraw-rent");
        body.put("channel", "MOBILE");
        body.put("contactPhone", CHEN_PHONE);
        body.put("residence", Map.of("district", CHEN_RESIDENCE));
        body.put(
                "form",
                Map.of(
                        "contributionMonths",
                        24,
                        "bankAccount",
                        "6222020402012345678",
                        "withdrawAmount",
                        monthlyRent * 3,
                        "monthlyRent",
                        monthlyRent,
                        "ownsHomeInCity",
                        false,
                        "hasOutstandingFundLoan",
                        false));
        body.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + CHEN_ID),
                        Map.of("code", "bank-card", "reference", "PAPER")));
        return body;
    }

    /** A company the demo citizens act for; its code is Huawei's real one, for its check character. */
    public static final String COMPANY_CODE = "914403001922038216";

    /**
     * An industrial-plant rebuild (plan-industrial-plant-rebuild, serving organisations) on a site in
     * the given district or zone, for a company, filed online: the citizen filing it is its agent.
     * Its files are uploaded as citizen-chen.
     */
    public static Map<String, Object> plantRebuild(String site) {
        return plantRebuild(site, "citizen-chen");
    }

    /** The same, with its files uploaded as {@code uploader}, who must be the one to submit it. */
    public static Map<String, Object> plantRebuild(String site, String uploader) {
        var body = new HashMap<String, Object>();
        body.put("itemCode", "plan-industrial-plant-rebuild");
        body.put("channel", "WEB");
        body.put("contactPhone", CHEN_PHONE);
        body.put("applicant", Map.of("kind", "ORGANISATION", "name", "厦门某制造有限公司", "creditCode", COMPANY_CODE));
        body.put(
                "form",
                Map.of(
                        "projectName",
                        "某工业厂房改扩建",
                        "projectCode",
                        "2025-350205-34-03-012345",
                        "siteDistrict",
                        site,
                        "floorAreaSqm",
                        18000,
                        "plotRatio",
                        2.5));
        body.put(
                "materials",
                List.of(
                        Map.of("code", "application-letter", "reference", Uploaded.pdf(uploader)),
                        Map.of("code", "site-plan", "reference", Uploaded.pdf(uploader)),
                        Map.of("code", "demolition-plan", "reference", Uploaded.pdf(uploader))));
        return body;
    }
}
