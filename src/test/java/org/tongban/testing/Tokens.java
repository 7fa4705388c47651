package org.tongban.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak: the password grant for demo users (as the app and the
 * clerks' front-end do in the demo realm) and client credentials for kiosks. Tokens are reused for
 * a few minutes so a test run does not spend its time hashing passwords.
 */
public final class Tokens {

    static final String KEYCLOAK_URL_PROPERTY = "tongban.test.keycloak-url";
    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {}

    private Tokens() {}

    public static String keycloakUrl() {
        return System.getProperty(KEYCLOAK_URL_PROPERTY);
    }

    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/tongban/protocol/openid-connect/token";
    }

    /** A demo user's token (password "demo"), via the given public client. */
    public static String of(String username, String client) {
        return cached(
                username + "@" + client,
                () -> request(Map.of(
                        "grant_type", "password", "client_id", client, "username", username, "password", "demo")));
    }

    /** A demo user's token via the mobile app and web portal client. */
    public static String of(String username) {
        return of(username, "tongban-app");
    }

    /** The demo kiosk's service-account token. */
    public static String kiosk() {
        return clientCredentials("kiosk-demo-01", "demo-kiosk-secret");
    }

    public static String clientCredentials(String client, String secret) {
        return cached(
                client,
                () -> request(
                        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret)));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String cached(String key, java.util.function.Supplier<String> issue) {
        Issued issued = CACHE.compute(
                key,
                (k, old) -> old != null && old.at.plus(REUSE).isAfter(Instant.now())
                        ? old
                        : new Issued(issue.get(), Instant.now()));
        return issued.token;
    }

    static String request(Map<String, String> form) {
        return given().baseUri(tokenEndpoint())
                .formParams(form)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
