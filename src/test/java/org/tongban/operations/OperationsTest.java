package org.tongban.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.testing.ContractValidation;

/**
 * Health and metrics live on the management port, which the Kubernetes Service does not expose;
 * the API port does not answer them. (The packaged service's API description is checked the same
 * way by {@code PackagedServiceIT}, since tests keep it on the API port.)
 */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics"})
    void theApiPortDoesNotServeManagementEndpoints(String path) {
        given().filter(ContractValidation.notInIt("management paths, which the API port does not serve"))
                .get(path)
                .then()
                .statusCode(404);
    }

    /** Every probe of the Kubernetes manifests (base and demo overlay) asks a path the service answers. */
    @ParameterizedTest
    @MethodSource("probesOfTheManifests")
    void everyProbeOfTheManifestsIsAnswered(String probe, String path) {
        given().port(management.getPort()).get(path).then().statusCode(200).body("status", equalTo("UP"));
    }

    static Stream<Arguments> probesOfTheManifests() {
        return Stream.of("base", "overlays/demo")
                .map(Manifests::render)
                .map(KubernetesManifestsTest::container)
                .flatMap(container -> KubernetesManifestsTest.PROBE_PATHS.keySet().stream()
                        .map(probe -> List.of(
                                probe,
                                container
                                        .path(probe)
                                        .path("httpGet")
                                        .path("path")
                                        .asText())))
                .distinct()
                .map(probeAndPath -> Arguments.of(probeAndPath.toArray()));
    }

    @Test
    void readinessCoversTheDatabaseAndTheIdentityProvider() {
        given().port(management.getPort())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("identity-provider", "Database connections health check"));
    }

    @Test
    void prometheusMetrics() {
        given().port(management.getPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
