package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;

/**
 * The committed contract (openapi/tongban.yaml) is what client developers build against: it must
 * equal what the service serves. Refresh it with the command in the failure message.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("openapi", "tongban.yaml");
    static final String REFRESH = "mvn test -Dtest=OpenApiContractTest -Dopenapi.refresh=true";

    @Test
    void everyOperationDeclaresItsSuccessAndTheProblemsEveryOperationCanAnswer() throws IOException {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            var statuses = new ArrayList<String>();
            operation.get("responses").fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                missing.add(name + " declares no 2xx");
            }
            List.of("400", "500").stream()
                    .filter(status -> !statuses.contains(status))
                    .forEach(status -> missing.add(name + " lacks " + status));
        });
        assertThat(missing).isEmpty();
    }

    /** What Bean Validation enforces is what the contract says: anchored patterns, bounded strings and lists. */
    @Test
    void requestsAreBoundedAndPatternsAnchored() throws IOException {
        JsonNode schemas = contract().get("components").get("schemas");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        operations().forEach((name, operation) -> {
            JsonNode body = operation.path("requestBody").path("content");
            body.forEach(mediaType -> walk(mediaType.get("schema"), name + " body", schemas, seen, problems));
            operation.path("parameters").forEach(parameter -> {
                if (parameter.get("in").asText().equals("query")) {
                    check(
                            parameter.get("schema"),
                            name + " ?" + parameter.get("name").asText(),
                            problems);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode schema, String where, JsonNode schemas, Set<String> seen, List<String> problems) {
        if (schema == null) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (seen.add(name)) {
                walk(schemas.get(name), name, schemas, seen, problems);
            }
            return;
        }
        check(schema, where, problems);
        schema.path("allOf").forEach(part -> walk(part, where, schemas, seen, problems));
        walk(schema.get("items"), where + "[]", schemas, seen, problems);
        schema.path("properties")
                .properties()
                .forEach(property ->
                        walk(property.getValue(), where + "." + property.getKey(), schemas, seen, problems));
    }

    private static void check(JsonNode schema, String where, List<String> problems) {
        if (schema == null) {
            return;
        }
        String pattern = schema.path("pattern").asText("");
        if (!pattern.isEmpty() && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            problems.add(where + ": pattern " + pattern + " is not anchored");
        }
        String type = schema.path("type").asText("");
        boolean bounded = schema.has("maxLength") || schema.has("enum") || schema.has("format") || !pattern.isEmpty();
        if (type.equals("string") && !bounded) {
            problems.add(where + ": a string without maxLength");
        }
        if (type.equals("array") && !schema.has("maxItems")) {
            problems.add(where + ": a list without maxItems");
        }
    }

    private static Map<String, JsonNode> operations() throws IOException {
        Map<String, JsonNode> operations = new TreeMap<>();
        contract()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                        operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
        return operations;
    }

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    }

    @Test
    void committedContractEqualsTheServedOne() throws IOException {
        byte[] body = given().filter(ContractValidation.notInIt("the contract document is served beside the API"))
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String served = new String(body, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("%s is missing; create it with: %s", CONTRACT, REFRESH)
                .isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("%s differs from the served /q/openapi; refresh it with: %s", CONTRACT, REFRESH)
                .isEqualTo(served);
    }
}
