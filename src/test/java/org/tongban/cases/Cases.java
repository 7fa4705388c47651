package org.tongban.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.testing.Api;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** Submitting and acting on cases in processing tests. */
final class Cases {

    static final String CHEN = "350205199003071239";

    private Cases() {}

    static String citizen() {
        return Tokens.of("citizen-chen");
    }

    static String clerk(String user) {
        return Tokens.of(user, "tongban-clerk");
    }

    static String reviewer(String user) {
        return Tokens.of(user, "tongban-clerk");
    }

    /** A department head (Art. 42 extensions). */
    static String head(String user) {
        return Tokens.of(user, "tongban-clerk");
    }

    static String etag(String token, String number) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A supplement notice (一次性告知) about one thing. */
    static Map<String, Object> noticeAbout(String target, String problem) {
        return action("REQUEST_SUPPLEMENT", "missing", List.of(Map.of("target", target, "problem", problem)));
    }

    /** A supplement (补正) bringing form values and materials. */
    static Map<String, Object> supplementOf(Map<String, Object> form, List<Map<String, String>> materials) {
        return action("SUPPLEMENT", "form", form, "materials", materials);
    }

    /** Reads the current ETag as the actor, then acts with it. */
    static ValidatableResponse act(String token, String number, Map<String, Object> action) {
        return act(token, number, etag(token, number), action);
    }

    static ValidatableResponse act(String token, String number, String ifMatch, Map<String, Object> action) {
        return act(given(), token, number, ifMatch, action);
    }

    /**
     * An action whose body the contract does not allow (a field missing or unknown, an action the
     * API does not offer), to prove the service refuses it; its answer must still fit the contract.
     */
    static ValidatableResponse actOutsideTheContract(
            String token, String number, Map<String, Object> action, String why) {
        return act(given().filter(ContractValidation.requestBreaksIt(why)), token, number, etag(token, number), action);
    }

    private static ValidatableResponse act(
            RequestSpecification request, String token, String number, String ifMatch, Map<String, Object> action) {
        request.auth().oauth2(token).contentType(ContentType.JSON).body(action);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/applications/" + number + "/actions").then();
    }

    static Map<String, Object> action(String name, Object... fields) {
        var body = new HashMap<String, Object>();
        body.put("action", name);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static String submit(String token, Map<String, Object> body) {
        return Api.submit(given().auth().oauth2(token), body);
    }

    /** citizen-chen's rent withdrawal above the instant cap (promised 1, statutory 3 working days). */
    static Map<String, Object> rent() {
        return Api.rentWithdrawal(2500);
    }

    /** citizen-chen's repair withdrawal (promised 3, statutory 3 working days; steps 1 + 1 + 1). */
    static Map<String, Object> repair() {
        return gjj(
                "gjj-withdraw-build",
                Map.of(
                        "contributionMonths",
                        24,
                        "bankAccount",
                        "6222020402012345678",
                        "withdrawAmount",
                        40000,
                        "worksType",
                        "major-repair",
                        "worksCost",
                        60000),
                List.of(
                        Map.of("code", "building-permit", "reference", "PAPER"),
                        Map.of("code", "works-budget", "reference", Uploaded.pdf("citizen-chen"))));
    }

    /**
     * An industrial-plant rebuild on a Haicang site, for a company, filed online by citizen-chen as its
     * agent (promised 5, statutory 20; steps 1 + 3 + 1).
     */
    static Map<String, Object> plantRebuild() {
        return Api.plantRebuild("350205");
    }

    private static Map<String, Object> gjj(String item, Map<String, Object> form, List<Map<String, String>> extra) {
        var body = new HashMap<String, Object>();
        body.put("itemCode", item);
        body.put("channel", "MOBILE");
        body.put("contactPhone", "13800000001");
        body.put("residence", Map.of("district", Api.CHEN_RESIDENCE));
        body.put("form", form);
        var materials = new java.util.ArrayList<Map<String, String>>(List.of(
                Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + CHEN),
                Map.of("code", "bank-card", "reference", "PAPER")));
        materials.addAll(extra);
        body.put("materials", materials);
        return body;
    }
}
