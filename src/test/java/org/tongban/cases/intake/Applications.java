package org.tongban.cases.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;

/** Request bodies and calls shared by the application tests. */
final class Applications {

    private Applications() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> rentForm(double monthlyRent) {
        return new HashMap<>(
                (Map<String, Object>) Api.rentWithdrawal(monthlyRent).get("form"));
    }

    static List<Map<String, String>> idAndBankCard(String idNumber) {
        return List.of(
                Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + idNumber),
                Map.of("code", "bank-card", "reference", "PAPER"));
    }

    /**
     * A rent withdrawal above the instant-approval cap, so it stays RECEIVED, by someone who declares
     * a Haicang residence (whatever district their ID number was issued in).
     */
    static Map<String, Object> rent(String channel, String idNumber) {
        var body = new HashMap<String, Object>();
        body.put("itemCode", "gjj-withdraw-rent");
        body.put("channel", channel);
        body.put("residence", Map.of("district", Api.CHEN_RESIDENCE));
        body.put("form", rentForm(2500.0));
        body.put("materials", idAndBankCard(idNumber));
        body.put("contactPhone", "13912345678");
        return body;
    }

    static Map<String, Object> onBehalfOf(Map<String, Object> body, String name, String idNumber) {
        body.put("applicant", Map.of("name", name, "idNumber", idNumber));
        return body;
    }

    static ValidatableResponse submit(String token, Object body) {
        return submit(token, UUID.randomUUID().toString(), body);
    }

    static ValidatableResponse submit(String token, String key, Object body) {
        return submit(given(), token, key, body);
    }

    /** The same with a body that breaks the contract on purpose, and the reason. */
    static ValidatableResponse submit(String token, Object body, io.restassured.filter.Filter breaksTheContract) {
        return submit(
                given().filter(breaksTheContract), token, UUID.randomUUID().toString(), body);
    }

    private static ValidatableResponse submit(
            io.restassured.specification.RequestSpecification request, String token, String key, Object body) {
        return request.auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then();
    }

    static String citizen(String user) {
        return Tokens.of(user);
    }

    static String clerk(String user) {
        return Tokens.of(user, "tongban-clerk");
    }
}
