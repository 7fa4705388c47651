package org.tongban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak from the Maven Central distribution (Maven unpacks it into target/), on a free
 * port, with the demo realm imported from deploy/keycloak. Its own unpacked copy, because the
 * embedded database of a distribution is locked by the instance using it.
 *
 * <p>Set {@code TONGBAN_TEST_KEYCLOAK_URL} (and {@code TONGBAN_TEST_KEYCLOAK_ADMIN_PASSWORD}) to
 * reuse a Keycloak already running with the current realm, for a faster edit-test loop; CI always
 * starts its own.
 */
public final class KeycloakProcess {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = System.getenv()
            .getOrDefault("TONGBAN_TEST_KEYCLOAK_ADMIN_PASSWORD", "test-admin-" + Long.toHexString(System.nanoTime()));
    private static final Path DIST = Path.of("target", "keycloak-dist", "keycloak-26.7.3");
    private static final Path HOME = Path.of("target", "keycloak-test");
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final String baseUrl;
    private final Process process;

    private KeycloakProcess(String baseUrl, Process process) {
        this.baseUrl = baseUrl;
        this.process = process;
    }

    public static KeycloakProcess startOrReuse() {
        String external = System.getenv("TONGBAN_TEST_KEYCLOAK_URL");
        if (external != null && !external.isBlank()) {
            return new KeycloakProcess(external.replaceAll("/$", ""), null);
        }
        return start();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /**
     * A Keycloak of the caller's own, never the shared one: for a check that stops it. Its data
     * directory is {@code home} (a copy of the distribution), so it can run beside the tests' own.
     */
    public static KeycloakProcess startOwn(String home) {
        return start(Path.of("target", home));
    }

    private static KeycloakProcess start() {
        return start(HOME);
    }

    private static KeycloakProcess start(Path home) {
        prepareHome(home);
        int httpPort = FreePort.any();
        int managementPort = FreePort.any();
        String baseUrl = "http://127.0.0.1:" + httpPort;
        Path log = Path.of("target", home.getFileName() + ".log");
        var builder = new ProcessBuilder(List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--db=dev-mem",
                        "--http-port=" + httpPort,
                        "--http-management-port=" + managementPort,
                        "--hostname=" + baseUrl,
                        "--cache=local"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Keycloak 26 needs Java 21+: the JVM running these tests is one.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            var keycloak = new KeycloakProcess(baseUrl, builder.start());
            keycloak.awaitRealm(log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    private void awaitRealm(Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = HttpRequest.newBuilder(URI.create(baseUrl + "/realms/tongban/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited while starting; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException(
                "Keycloak did not become ready in " + STARTUP_LIMIT + "; see " + log.toAbsolutePath());
    }

    /** A copy of the unpacked distribution, kept between runs so Keycloak builds itself only once. */
    private static void prepareHome(Path home) {
        if (!Files.isDirectory(DIST)) {
            throw new IllegalStateException(DIST + " is missing: run the tests through Maven, which unpacks"
                    + " org.keycloak:keycloak-quarkus-dist into target/");
        }
        try {
            if (!Files.exists(home.resolve("bin/kc.sh"))) {
                // The tests' own copy has already built itself for these options: copying it saves
                // a check that needs a Keycloak of its own the minutes of that build.
                copyTree(Files.exists(HOME.resolve("bin/kc.sh")) && !home.equals(HOME) ? HOME : DIST, home);
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(
                    Path.of("deploy/keycloak/tongban-realm.json"),
                    imports.resolve("tongban-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
