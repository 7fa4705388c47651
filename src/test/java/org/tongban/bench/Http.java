package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** One HTTP/1.1 client for the whole run (it keeps a connection per concurrent request), and answer checks. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Http() {}

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    }

    static HttpRequest.Builder request(String url, String token) {
        return request(url).header("Authorization", "Bearer " + token);
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** Sends and returns the answer when its status is {@code expected}; anything else is an error. */
    static HttpResponse<String> expect(int expected, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String body = response.body();
            throw new IllegalStateException(
                    request.method() + " " + request.uri().getPath() + " answered "
                            + response.statusCode() + " (expected " + expected + "): "
                            + body.substring(0, Math.min(300, body.length())));
        }
        return response;
    }

    static JsonNode expectJson(int expected, HttpRequest request) throws IOException, InterruptedException {
        return Requests.JSON.readTree(expect(expected, request).body());
    }
}
