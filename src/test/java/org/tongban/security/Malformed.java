package org.tongban.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.tongban.testing.ContractValidation;

/** One hostile request: what it tries, and the request exactly as it goes on the wire. */
record Malformed(String what, String method, String url, Map<String, String> headers, byte[] body) {

    Response send(String token) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .filter(ContractValidation.requestBreaksIt("the malformed-input sweep: " + what))
                .headers(headers);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.body(body);
        }
        if (body != null || method.equals("POST")) {
            request.contentType("application/json");
        }
        return request.request(method, url);
    }
}
