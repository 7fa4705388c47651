package org.tongban.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drives the running service over HTTP: every scenario at each client count, closed loop, warm-up
 * discarded; measures throughput, latency percentiles, errors, the service's CPU time and the
 * database statements per operation. A freshly started JVM spends its first minutes compiling, so
 * every scenario first runs briefly, unmeasured, before any run is measured. Between runs it waits
 * until the outbox is drained and the audit trail sealed, so one scenario's background work is not
 * billed to the next.
 *
 * <p>Usage: HttpLoad APP_URL KEYCLOAK_URL JDBC_URL SERVICE_PID STARTUP_MS OUTPUT_JSON [ONLY] (environment:
 * BENCH_CLIENTS, BENCH_WARMUP_S, BENCH_MEASURE_S, BENCH_JIT_WARMUP_S).
 */
public final class HttpLoad {

    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(1);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(90);

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String keycloak = args[1];
        String db = args[2];
        long pid = Long.parseLong(args[3]);
        long startupMs = Long.parseLong(args[4]);
        Path output = Path.of(args[5]);
        Set<String> only = args.length > 6 && !args[6].isBlank() ? Set.of(args[6].split(",")) : Set.of();
        List<Integer> clientCounts = Arrays.stream(
                        System.getenv().getOrDefault("BENCH_CLIENTS", "16,64").split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        Duration warmUp = Settings.seconds("BENCH_WARMUP_S", 3);
        Duration measure = Settings.seconds("BENCH_MEASURE_S", 10);
        Duration jitWarmUp = Settings.seconds("BENCH_JIT_WARMUP_S", 10);
        int maxClients = clientCounts.stream().mapToInt(Integer::intValue).max().orElseThrow();

        try (Connection probe = DriverManager.getConnection(db, "root", "")) {
            System.out.println("   preparing users, tokens and data (not measured)...");
            var fixture = new Fixture(app, keycloak, probe, maxClients, Requests.load());
            List<Scenarios.Scenario> scenarios = Scenarios.all(fixture).stream()
                    .filter(s -> only.isEmpty() || only.contains(s.name()))
                    .toList();
            System.out.println("   warming the service's JIT up: every scenario for " + jitWarmUp.toSeconds()
                    + " s (not measured)...");
            for (Scenarios.Scenario scenario : scenarios) {
                ClosedLoop.run(
                        clientCounts.getFirst(), jitWarmUp, Duration.ZERO, scenario.operation(), ClosedLoop.NO_WINDOW);
            }
            var rss = new RssSampler(pid);
            List<Map<String, Object>> runs = new ArrayList<>();
            for (Scenarios.Scenario scenario : scenarios) {
                for (int clients : clientCounts) {
                    settle(probe);
                    Map<String, Double> idleBefore = Probes.rates(probe, IDLE_SAMPLE);
                    var window = new Probes.Window(probe, pid);
                    rss.reset();
                    ClosedLoop.Result result = ClosedLoop.run(clients, warmUp, measure, scenario.operation(), window);
                    settle(probe);
                    Map<String, Double> noise = average(idleBefore, Probes.rates(probe, IDLE_SAMPLE));
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("scenario", scenario.name());
                    run.put("what", scenario.what());
                    run.put("clients", clients);
                    run.putAll(Results.of(result, window, noise));
                    run.put("maxRssMiB", Results.round(rss.max()));
                    runs.add(run);
                    System.out.printf(
                            "   %-28s %3d clients: %8.1f ops/s  p50 %7.1f ms  p99 %7.1f ms  errors %d%n",
                            scenario.name(),
                            clients,
                            result.perSecond(),
                            result.latencies().percentileMillis(50),
                            result.latencies().percentileMillis(99),
                            result.errors());
                    result.errorSamples().forEach(e -> System.out.println("      error: " + e));
                    if (result.operations() == 0 && result.errors() > 0) {
                        // Nothing succeeded: the requests or the setup are wrong; measuring on is pointless.
                        Results.write(output, Map.of("http", Map.of("runs", runs)));
                        System.err.println("Every " + scenario.name() + " request failed; stopping.");
                        System.exit(1);
                    }
                }
            }
            rss.stop();
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("startupToReadyMs", startupMs);
            service.put("maxRssMiB", Results.round(rss.overallMax()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("warmUpSeconds", warmUp.toSeconds());
            json.put("measureSeconds", measure.toSeconds());
            json.put("clientCounts", clientCounts);
            json.put(
                    "requests",
                    fixture.values.entrySet().stream()
                            .filter(e -> !e.getKey().startsWith("example."))
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
            json.put("service", service);
            json.put("runs", runs);
            Results.write(output, Map.of("http", json));
        }
    }

    /** Waits until the outbox is dispatched and delivered and the audit trail sealed (or gives up). */
    private static void settle(Connection db) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        String pending = "SELECT (SELECT COUNT(*) FROM outbox_event WHERE dispatched = FALSE)"
                + " + (SELECT COUNT(*) FROM delivery WHERE status = 'PENDING' AND attempts = 0)"
                + " + (SELECT COUNT(*) FROM audit_entry WHERE hash IS NULL)";
        while (true) {
            long left;
            try (var statement = db.createStatement();
                    var rows = statement.executeQuery(pending)) {
                rows.next();
                left = rows.getLong(1);
            }
            if (left == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                System.out.println("   (background work still pending after " + SETTLE_LIMIT.toSeconds() + " s: " + left
                        + " rows; measuring anyway)");
                return;
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, Double> average(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> average = new LinkedHashMap<>();
        before.forEach((name, rate) -> average.put(name, (rate + after.getOrDefault(name, rate)) / 2));
        return average;
    }

    /** The service's resident set size, sampled twice a second. */
    private static final class RssSampler {
        private final Thread thread;
        private volatile double max;
        private volatile double overallMax;
        private volatile boolean running = true;

        RssSampler(long pid) {
            thread = Thread.ofPlatform().daemon().name("rss").start(() -> {
                while (running) {
                    double rss = Probes.rssMebibytes(pid);
                    max = Math.max(max, rss);
                    overallMax = Math.max(overallMax, rss);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void reset() {
            max = 0;
        }

        double max() {
            return max;
        }

        double overallMax() {
            return overallMax;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
