package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongban.testing.ContractValidation;

/**
 * For every path of the committed contract, OPTIONS lists exactly the methods the contract gives it
 * (plus HEAD where GET is served, and OPTIONS), and a method it does not list answers 405 with the
 * same Allow. These are the conventions the contract states once, not per operation.
 */
@QuarkusTest
class AllowedMethodsTest {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");

    static Stream<String> paths() throws IOException {
        return contractPaths().properties().stream().map(Map.Entry::getKey).sorted();
    }

    private static JsonNode contractPaths() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(ContractValidation.CONTRACT.toFile())
                .get("paths");
    }

    @ParameterizedTest
    @MethodSource("paths")
    void optionsListsExactlyTheContractsMethodsAndOthersAre405(String template) throws IOException {
        JsonNode operations = contractPaths().get(template);
        Set<String> expected = new TreeSet<>();
        operations.fieldNames().forEachRemaining(name -> {
            if (OPERATIONS.contains(name)) {
                expected.add(name.toUpperCase());
            }
        });
        if (expected.contains("GET")) {
            expected.add("HEAD");
        }
        expected.add("OPTIONS");
        String path = template.replaceAll("\\{[^}]+}", "x");

        Response options =
                outside("OPTIONS is stated once among the conventions").options(path);
        assertThat(options.statusCode()).as("OPTIONS %s", path).isEqualTo(204);
        assertThat(allowed(options)).as("Allow of %s", path).isEqualTo(expected);

        String unserved = Stream.of("PATCH", "DELETE", "PUT")
                .filter(method -> !expected.contains(method))
                .findFirst()
                .orElseThrow();
        Response refused =
                outside("a method the contract does not list for this path").request(unserved, path);
        assertThat(refused.statusCode()).as("%s %s", unserved, path).isEqualTo(405);
        assertThat(refused.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(allowed(refused)).as("Allow of the 405 for %s", path).isEqualTo(expected);
    }

    @Test
    void headAnswersAsGetWithoutABody() {
        Response get = given().get("/api/v1/items/gjj-withdraw-rent");
        Response head = outside("HEAD is stated once among the conventions").head("/api/v1/items/gjj-withdraw-rent");
        assertThat(head.statusCode()).isEqualTo(get.statusCode()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.asByteArray()).isEmpty();
    }

    private static io.restassured.specification.RequestSpecification outside(String reason) {
        return given().filter(ContractValidation.notInIt(reason));
    }

    private static Set<String> allowed(Response response) {
        String allow = response.header("Allow");
        assertThat(allow).as("Allow header").isNotNull();
        return Stream.of(allow.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }
}
