package org.tongban.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.tongban.testing.FreePort;

/**
 * The packaged service ({@code target/quarkus-app}, production profile) started as an operator
 * starts it: {@code java @deploy/jvm.options -jar quarkus-run.jar} (the JVM options of the start
 * script and the image) with environment variables, on free ports, its
 * output in {@code target/}. The demo keys of {@code deploy/local/demo.env}, when that file
 * exists, are passed as the start script passes them.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path DEMO_ENV = Path.of("deploy", "local", "demo.env");
    private static final Path JVM_OPTIONS = Path.of("deploy", "jvm.options");
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    final int apiPort;
    final int managementPort;
    final Path log;
    private final Map<String, String> variables;
    private final Process process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService(int apiPort, int managementPort, Path log, Map<String, String> variables, Process process) {
        this.apiPort = apiPort;
        this.managementPort = managementPort;
        this.log = log;
        this.variables = Map.copyOf(variables);
        this.process = process;
    }

    static PackagedService start(String name, Map<String, String> variables) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run through Maven's verify, which packages first");
        }
        Path log = Path.of("target", name + ".log");
        int apiPort = FreePort.any();
        int managementPort = FreePort.any();
        var builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "@" + JVM_OPTIONS,
                        "-jar",
                        JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(demoEnvironment());
        env.putAll(variables);
        env.put("TONGBAN_HTTP_PORT", String.valueOf(apiPort));
        env.put("TONGBAN_MANAGEMENT_PORT", String.valueOf(managementPort));
        try {
            var service = new PackagedService(apiPort, managementPort, log, variables, builder.start());
            service.awaitLive();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + JAR, e);
        }
    }

    URI api(String path) {
        return URI.create("http://127.0.0.1:" + apiPort + path);
    }

    URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    HttpResponse<String> get(URI uri) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed; see " + log.toAbsolutePath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> getLater(URI uri) {
        return http.sendAsync(
                HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, as Kubernetes sends it to a pod being stopped. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL, as the kernel's OOM killer or a lost machine ends it: nothing runs on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The same service started again under {@code name}, with the same variables, on new ports. */
    PackagedService restart(String name) {
        return start(name, variables);
    }

    /** The exit code, or empty if it is still running after {@code limit}. */
    OptionalInt awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue())
                : OptionalInt.empty();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void awaitLive() {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited while starting; see " + log.toAbsolutePath());
            }
            try {
                var live = HttpRequest.newBuilder(management("/q/health/live"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
                if (http.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(300));
        }
        close();
        throw new IllegalStateException(
                "The service was not live within " + STARTUP_LIMIT + "; see " + log.toAbsolutePath());
    }

    /** KEY=VALUE lines of deploy/local/demo.env (comments and blank lines skipped), if it exists. */
    private static Map<String, String> demoEnvironment() {
        Map<String, String> env = new HashMap<>();
        if (!Files.exists(DEMO_ENV)) {
            return env;
        }
        try {
            for (String line : Files.readAllLines(DEMO_ENV)) {
                String entry = line.strip().replaceFirst("^export\\s+", "");
                int eq = entry.indexOf('=');
                if (!entry.startsWith("#") && eq > 0) {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1).replaceAll("^[\"']|[\"']$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
