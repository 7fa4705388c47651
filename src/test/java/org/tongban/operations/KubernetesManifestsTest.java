package org.tongban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests of deploy/kubernetes (the base and the demo overlay, rendered as kustomize would)
 * agree with the service: container ports are the ports the service listens on with the
 * ConfigMap's environment (application.properties resolved in the production profile), the probes
 * ask the management port for the SmallRye Health paths (OperationsTest asks the running service
 * for each), the Service exposes the API port only, the grace period outlasts the shutdown, and
 * client addresses come from the ingress's X-Forwarded-For (the rate limits count per address).
 */
class KubernetesManifestsTest {

    static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void containerPortsAreThePortsTheServiceListensOn(String dir) throws IOException {
        var manifests = Manifests.render(dir);
        SmallRyeConfig config = configWith(manifests);
        JsonNode container = container(manifests);
        assertThat(port(container, "http")).isEqualTo(config.getValue("quarkus.http.port", Integer.class));
        assertThat(port(container, "management")).isEqualTo(config.getValue("quarkus.management.port", Integer.class));
        assertThat(config.getValue("quarkus.management.enabled", Boolean.class)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void probesAskTheManagementPortForTheHealthPaths(String dir) {
        JsonNode container = container(Manifests.render(dir));
        PROBE_PATHS.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as(probe).isEqualTo(path);
            assertThat(get.path("port").asText()).as(probe).isEqualTo("management");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void theServiceExposesTheApiPortOnly(String dir) {
        var manifests = Manifests.render(dir);
        JsonNode service = manifests.get("Service", "tongban");
        assertThat(service.path("spec").path("ports")).hasSize(1);
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText())
                .isEqualTo("http");
        assertThat(service.path("spec").path("selector"))
                .isEqualTo(deployment(manifests)
                        .path("spec")
                        .path("template")
                        .path("metadata")
                        .path("labels"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void theGracePeriodOutlastsTheShutdownDelayAndTimeout(String dir) throws IOException {
        var manifests = Manifests.render(dir);
        SmallRyeConfig config = configWith(manifests);
        Duration shutdown =
                duration(config, "quarkus.shutdown.delay").plus(duration(config, "quarkus.shutdown.timeout"));
        long grace = deployment(manifests)
                .path("spec")
                .path("template")
                .path("spec")
                .path("terminationGracePeriodSeconds")
                .asLong();
        assertThat(Duration.ofSeconds(grace)).isGreaterThan(shutdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void atLeastTwoBoundedNonRootInstancesThatADrainCannotAllTake(String dir) {
        var manifests = Manifests.render(dir);
        JsonNode deployment = deployment(manifests);
        JsonNode labels =
                deployment.path("spec").path("template").path("metadata").path("labels");
        assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.path("spec").path("selector").path("matchLabels")).isEqualTo(labels);
        assertThat(deployment
                        .path("spec")
                        .path("template")
                        .path("spec")
                        .path("securityContext")
                        .path("runAsNonRoot")
                        .asBoolean())
                .isTrue();
        JsonNode resources = container(manifests).path("resources");
        for (String bound : List.of("requests", "limits")) {
            assertThat(resources.path(bound).path("cpu").asText()).as(bound).isNotEmpty();
            assertThat(resources.path(bound).path("memory").asText()).as(bound).isNotEmpty();
        }

        JsonNode budget = manifests.get("PodDisruptionBudget", "tongban").path("spec");
        assertThat(budget.path("selector").path("matchLabels")).isEqualTo(labels);
        assertThat(budget.path("minAvailable").asInt()).isPositive();
        JsonNode autoscaler =
                manifests.get("HorizontalPodAutoscaler", "tongban").path("spec");
        assertThat(autoscaler.path("scaleTargetRef").path("name").asText()).isEqualTo("tongban");
        assertThat(autoscaler.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.path("maxReplicas").asInt())
                .isGreaterThanOrEqualTo(autoscaler.path("minReplicas").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void theManagementPortIsOpenToMonitoringOnly(String dir) {
        var manifests = Manifests.render(dir);
        JsonNode policy = manifests.get("NetworkPolicy", "tongban").path("spec");
        assertThat(policy.path("podSelector").path("matchLabels"))
                .isEqualTo(deployment(manifests)
                        .path("spec")
                        .path("template")
                        .path("metadata")
                        .path("labels"));
        Map<String, String> sourceOfPort = new HashMap<>();
        for (JsonNode rule : policy.path("ingress")) {
            String source = rule.path("from")
                    .get(0)
                    .path("namespaceSelector")
                    .path("matchLabels")
                    .path("kubernetes.io/metadata.name")
                    .asText();
            rule.path("ports").forEach(p -> sourceOfPort.put(p.path("port").asText(), source));
        }
        assertThat(sourceOfPort).isEqualTo(Map.of("http", "ingress-nginx", "management", "monitoring"));
        List<Integer> egressPorts = new ArrayList<>();
        policy.path("egress")
                .forEach(rule -> rule.path("ports")
                        .forEach(p -> egressPorts.add(p.path("port").asInt())));
        assertThat(egressPorts).contains(53, 3306, 6379, 443);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void theEnvironmentComesFromTheConfigMapAndTheSecretRendered(String dir) {
        var manifests = Manifests.render(dir);
        for (JsonNode source : container(manifests).path("envFrom")) {
            if (source.has("configMapRef")) {
                assertThat(manifests.find(
                                "ConfigMap",
                                source.path("configMapRef").path("name").asText()))
                        .isPresent();
            } else {
                assertThat(manifests.find(
                                "Secret", source.path("secretRef").path("name").asText()))
                        .isPresent();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/demo"})
    void clientAddressesComeFromTheIngressAndRateLimitsFromTheClustersRedis(String dir) throws IOException {
        SmallRyeConfig config = configWith(Manifests.render(dir));
        assertThat(config.getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class))
                .isTrue();
        assertThat(config.getValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class))
                .isTrue();
        assertThat(config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class))
                .as("forwarded addresses are taken from the ingress's network only")
                .isPresent();
        assertThat(config.getValue("quarkus.redis.hosts", String.class)).contains(".tongban-data.svc:6379");
    }

    /** The service's configuration as a pod would see it: production profile, the ConfigMap as environment. */
    private static SmallRyeConfig configWith(Manifests manifests) throws IOException {
        Map<String, String> env = new HashMap<>();
        manifests
                .all("ConfigMap")
                .forEach(map -> map.path("data")
                        .properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText())));
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(
                        Path.of("src/main/resources/application.properties")
                                .toUri()
                                .toURL(),
                        250))
                .withSources(new EnvConfigSource(env, 300))
                .build();
    }

    private static Duration duration(SmallRyeConfig config, String name) {
        return DurationConverter.parseDuration(config.getValue(name, String.class));
    }

    private static JsonNode deployment(Manifests manifests) {
        return manifests.get("Deployment", "tongban");
    }

    /** The service's container (the only one), with the named ports resolved. */
    static JsonNode container(Manifests manifests) {
        JsonNode containers =
                deployment(manifests).path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static int port(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + name);
    }
}
