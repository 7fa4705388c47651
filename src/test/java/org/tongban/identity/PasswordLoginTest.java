package org.tongban.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.testing.KeycloakAdmin;
import org.tongban.testing.Tokens;

/** Keycloak's brute-force detection, as the realm file configures it, guards password logins. */
@QuarkusTest
class PasswordLoginTest {

    @Test
    void anAccountIsLockedForAWhileAfterFiveWrongPasswords() {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.createUser(username, "the-right-password");
        login(username, "the-right-password").statusCode(200);
        for (int i = 0; i < 5; i++) {
            login(username, "a-guess-" + i).body("error", equalTo("invalid_grant"));
        }
        login(username, "the-right-password")
                .body("error", equalTo("invalid_grant"))
                .body("access_token", nullValue());
    }

    private static ValidatableResponse login(String username, String password) {
        return given().baseUri(Tokens.tokenEndpoint())
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "tongban-app",
                        "username",
                        username,
                        "password",
                        password))
                .post()
                .then();
    }
}
