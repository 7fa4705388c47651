package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's users in its own Keycloak: one citizen per client (residents of the synthetic
 * data, so their own lists are not empty) and one clerk per service point with a window, created
 * through the admin REST API. Each logs in once for the whole run: the realm's access tokens are
 * made to outlive it.
 */
final class BenchUsers {

    static final String PASSWORD = "bench";

    private static final String REALM = "/admin/realms/tongban";

    /** A synthetic resident, as the data generator wrote it into bench_applicant. */
    record Resident(String username, String idNumber, String phone, String district) {}

    /** Keycloak's admin-cli tokens live a minute; a fresh one is fetched well before. */
    private static final long ADMIN_TOKEN_NANOS = 30_000_000_000L;

    private final String keycloak;
    private final Map<String, JsonNode> roles = new HashMap<>();
    private String adminToken;
    private long adminTokenFetched;

    BenchUsers(String keycloak) {
        this.keycloak = keycloak;
    }

    private String adminToken() throws IOException, InterruptedException {
        if (adminToken == null || System.nanoTime() - adminTokenFetched > ADMIN_TOKEN_NANOS) {
            adminTokenFetched = System.nanoTime();
            adminToken = Http.expectJson(
                            200,
                            Http.request(keycloak + "/realms/master/protocol/openid-connect/token")
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(Http.form(Map.of(
                                            "grant_type", "password",
                                            "client_id", "admin-cli",
                                            "username", "admin",
                                            "password", "admin")))
                                    .build())
                    .path("access_token")
                    .asText();
        }
        return adminToken;
    }

    /**
     * In this throw-away realm: access tokens live two hours, so one login per user covers the run;
     * passwords are hashed once, so creating and logging in a hundred users takes seconds, not minutes.
     */
    void prepareRealm() throws IOException, InterruptedException {
        Http.expect(
                204,
                admin(REALM)
                        .PUT(Http.json("{\"accessTokenLifespan\": 7200, \"passwordPolicy\": \"hashIterations(1)\"}"))
                        .build());
    }

    void createCitizen(Resident resident) throws IOException, InterruptedException {
        create(
                resident.username(),
                "citizen",
                Map.of("id_number", List.of(resident.idNumber()), "phone", List.of(resident.phone())));
    }

    void createClerk(String username, String servicePoint) throws IOException, InterruptedException {
        create(username, "clerk", Map.of("service_point", List.of(servicePoint)));
    }

    /** Logs in with the password grant through a public client of the realm. */
    String token(String username, String password, String client) throws IOException, InterruptedException {
        return Http.expectJson(
                        200,
                        Http.request(keycloak + "/realms/tongban/protocol/openid-connect/token")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(Http.form(Map.of(
                                        "grant_type", "password",
                                        "client_id", client,
                                        "username", username,
                                        "password", password)))
                                .build())
                .path("access_token")
                .asText();
    }

    private void create(String username, String role, Map<String, List<String>> attributes)
            throws IOException, InterruptedException {
        Map<String, Object> user = Map.of(
                "username",
                username,
                "enabled",
                true,
                "emailVerified",
                true,
                "firstName",
                "Bench",
                "lastName",
                username,
                "email",
                username + "@bench.tongban.example",
                "attributes",
                attributes,
                "credentials",
                List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        HttpResponse<String> created = Http.CLIENT.send(
                admin(REALM + "/users")
                        .POST(Http.json(Requests.JSON.writeValueAsString(user)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String userPath;
        if (created.statusCode() == 201) {
            String location = created.headers().firstValue("Location").orElseThrow();
            userPath = location.substring(location.indexOf(REALM));
        } else if (created.statusCode() == 409) {
            // Made by an earlier run against the same Keycloak: use it as it is.
            JsonNode found = Http.expectJson(
                    200,
                    admin(REALM + "/users?exact=true&username=" + username)
                            .GET()
                            .build());
            userPath = REALM + "/users/" + found.path(0).path("id").asText();
        } else {
            throw new IllegalStateException(
                    "Creating " + username + " answered " + created.statusCode() + ": " + created.body());
        }
        JsonNode roleRepresentation = roles.get(role);
        if (roleRepresentation == null) {
            roleRepresentation =
                    Http.expectJson(200, admin(REALM + "/roles/" + role).GET().build());
            roles.put(role, roleRepresentation);
        }
        Http.expect(
                204,
                admin(userPath + "/role-mappings/realm")
                        .POST(Http.json("[" + Requests.JSON.writeValueAsString(roleRepresentation) + "]"))
                        .build());
    }

    private HttpRequest.Builder admin(String path) throws IOException, InterruptedException {
        return Http.request(keycloak + path, adminToken()).header("Content-Type", "application/json");
    }
}
