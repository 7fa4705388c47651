package org.tongban.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a client of the packaged instances does, over plain HTTP: log in at Keycloak (the demo
 * realm's password grant, client credentials for devices) and call the API with JSON. A failed
 * connection is an {@link IOException} for the caller to judge (an instance killed on purpose).
 */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    /** An answer: status, the headers a check reads, and the body. */
    record Answer(int status, String etag, String location, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        /** The body without the members named, to compare answers that differ only in them. */
        JsonNode jsonWithout(String... members) {
            JsonNode node = json().deepCopy();
            if (node instanceof ObjectNode object) {
                object.remove(java.util.List.of(members));
            }
            return node;
        }
    }

    private Client() {}

    /** A demo user's token through the given public client (password "demo"). */
    static String login(String keycloak, String user, String client) throws IOException {
        return token(
                keycloak, Map.of("grant_type", "password", "client_id", client, "username", user, "password", "demo"));
    }

    static String token(String keycloak, Map<String, String> form) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/tongban/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new IOException("Login refused (" + answer.status() + "): " + answer.body());
        }
        return answer.json().path("access_token").asText();
    }

    static Answer get(URI uri, String token) throws IOException {
        return send(authorised(uri, token).GET().build());
    }

    /** A JSON request; {@code headers} are pairs of name and value. */
    static Answer send(String method, URI uri, String token, Object body, String... headers) throws IOException {
        var request = authorised(uri, token).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, HttpRequest.BodyPublishers.ofString(write(body)))
                .build());
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder authorised(URI uri, String token) {
        // Generous: CI shares two cores with everything else; a slow answer is not what is checked.
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
