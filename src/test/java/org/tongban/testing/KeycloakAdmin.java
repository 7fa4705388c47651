package org.tongban.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Just enough of Keycloak's admin REST API for tests that need a client the demo realm lacks. */
public final class KeycloakAdmin {

    private KeycloakAdmin() {}

    /**
     * A confidential client with a service account whose access tokens live {@code lifespanSeconds}
     * and carry the tongban-api audience, for testing expired tokens.
     */
    public static void createShortLivedClient(String clientId, String secret, int lifespanSeconds) {
        Map<String, Object> audience = Map.of(
                "name", "tongban-api-audience",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "tongban-api", "access.token.claim", "true"));
        Map<String, Object> client = Map.of(
                "clientId",
                clientId,
                "secret",
                secret,
                "publicClient",
                false,
                "serviceAccountsEnabled",
                true,
                "standardFlowEnabled",
                false,
                "attributes",
                Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)),
                "protocolMappers",
                List.of(audience));
        given().baseUri(Tokens.keycloakUrl())
                .auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(client)
                .post("/admin/realms/tongban/clients")
                .then()
                .statusCode(201);
    }

    /** An enabled user of the realm with a password and no role, for testing logins. */
    public static void createUser(String username, String password) {
        Map<String, Object> user = Map.of(
                "username",
                username,
                "enabled",
                true,
                "firstName",
                "Test",
                "lastName",
                "Login",
                "email",
                username + "@example.invalid",
                "emailVerified",
                true,
                "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
        given().baseUri(Tokens.keycloakUrl())
                .auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(user)
                .post("/admin/realms/tongban/users")
                .then()
                .statusCode(201);
    }

    private static String adminToken() {
        return given().baseUri(Tokens.keycloakUrl())
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        KeycloakProcess.ADMIN_USER,
                        "password",
                        KeycloakProcess.ADMIN_PASSWORD))
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
