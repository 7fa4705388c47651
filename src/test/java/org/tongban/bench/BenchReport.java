package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the parts a benchmark run wrote under target/bench (JDBC limit, HTTP runs, SQL first pages,
 * JMH) into one JSON file named by date and commit, prints them as one table, and fails the run
 * when any operation failed.
 *
 * <p>Usage: BenchReport DIRECTORY COMMIT
 */
public final class BenchReport {

    private static final String ROW = "%-30s %7s %8s %8s %8s %6s %9s %9s %8s %6s%n";

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String commit = args[1];
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        JsonNode jdbc = part(dir, "jdbc.part.json").path("jdbcLimit");
        JsonNode http = part(dir, "http.part.json").path("http");
        JsonNode jmh = part(dir, "jmh.part.json");

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.put("commit", commit);
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("loadAverageAtStart", loadAverage(dir.resolve("loadavg-start.txt")));
        report.put("loadAverageAtEnd", loadAverage(Path.of("/proc/loadavg")));
        report.put("jdbcLimit", jdbc);
        report.put("http", http);
        report.put("sqlFirstPagesMs", listQueries(dir.resolve("list-queries.txt")));
        report.put("jmh", jmh);
        Path file = dir.resolve(
                "bench-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + "-" + commit + ".json");
        Results.write(file, report);
        Results.write(dir.resolve("latest.json"), report);

        System.out.printf(
                "%nTongban benchmark, %s, commit %s, %d CPUs (load average 1/5/15 min: %s at the start, %s at the end)%n%n",
                now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                commit,
                Runtime.getRuntime().availableProcessors(),
                report.get("loadAverageAtStart"),
                report.get("loadAverageAtEnd"));
        System.out.printf(
                ROW,
                "operation",
                "clients",
                "ops/s",
                "p50 ms",
                "p99 ms",
                "errors",
                "CPU ms/op",
                "gen ms/op",
                "SQL/op",
                "other");
        long errors = 0;
        JsonNode limit = jdbc.path("result");
        if (!limit.isMissingNode()) {
            row("JDBC limit (submission writes)", jdbc.path("connections").asText(), limit);
            errors += limit.path("errors").asLong();
        }
        for (JsonNode run : http.path("runs")) {
            row(run.path("scenario").asText(), run.path("clients").asText(), run);
            errors += run.path("errors").asLong();
        }
        System.out.println();
        for (JsonNode run : http.path("runs")) {
            if (run.path("scenario").asText().equals("submit") && limit.has("opsPerSecond")) {
                System.out.printf(
                        Locale.ROOT,
                        "submit at %s clients: %.1f%% of the JDBC limit (%s of %s /s)%n",
                        run.path("clients").asText(),
                        100
                                * run.path("opsPerSecond").asDouble()
                                / limit.path("opsPerSecond").asDouble(),
                        run.path("opsPerSecond").asText(),
                        limit.path("opsPerSecond").asText());
            }
        }
        JsonNode service = http.path("service");
        if (!service.isMissingNode()) {
            System.out.printf(
                    "service: start-up to ready %s ms on the migrated database; largest RSS under load %s MiB%n",
                    service.path("startupToReadyMs").asText(),
                    service.path("maxRssMiB").asText());
        }
        for (JsonNode benchmark : jmh) {
            JsonNode metric = benchmark.path("primaryMetric");
            System.out.printf(
                    Locale.ROOT,
                    "JMH %s: %.3f ± %.3f %s%n",
                    benchmark.path("benchmark").asText().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"),
                    metric.path("score").asDouble(),
                    metric.path("scoreError").asDouble(),
                    metric.path("scoreUnit").asText());
        }
        System.out.println("""

                Closed loop (no think time): the percentiles are those of a saturated service (coordinated omission).
                CPU ms/op: the service's CPU time / operations; gen ms/op: the same for this load generator.
                SQL/op: the server's Com_select+insert+update+delete+commit over the run, less what it ran while the service
                was idle just before and after (other clients, the service's polling), / operations; "?": that
                correction was over a tenth of the count, so the figure is an estimate.
                other: share of the machine's CPU used by other processes (other builds, Keycloak) during the run.""");
        System.out.println("Written to " + file);
        if (errors > 0) {
            System.err.println("\nFAILED: " + errors + " operations failed (see errorSamples in " + file + ")");
            System.exit(1);
        }
    }

    private static void row(String name, String clients, JsonNode r) {
        System.out.printf(
                ROW,
                name,
                clients,
                number(r, "opsPerSecond", "%.0f"),
                number(r, "p50Ms", "%.1f"),
                number(r, "p99Ms", "%.1f"),
                r.path("errors").asText(),
                number(r, "serviceCpuMsPerOp", "%.2f"),
                number(r, "driverCpuMsPerOp", "%.2f"),
                (r.has("sqlPerOpNet") ? number(r, "sqlPerOpNet", "%.1f") : number(r, "sqlPerOp", "%.1f"))
                        + (sqlNoisy(r) ? "?" : ""),
                r.path("otherCpuShare").isNumber()
                        ? String.format(
                                Locale.ROOT,
                                "%.0f%%",
                                100 * r.path("otherCpuShare").asDouble())
                        : "-");
    }

    /** Other clients' statements, at the rate seen around the run, were over a tenth of the count. */
    private static boolean sqlNoisy(JsonNode r) {
        double counted = r.path("sqlPerOp").asDouble() * r.path("operations").asDouble();
        return r.path("sqlNoisePerSecond").asDouble() * r.path("seconds").asDouble() > 0.1 * counted;
    }

    private static String number(JsonNode r, String field, String format) {
        return r.path(field).isNumber()
                ? String.format(Locale.ROOT, format, r.path(field).asDouble())
                : "-";
    }

    private static JsonNode part(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Requests.JSON.readTree(file.toFile()) : Requests.JSON.createObjectNode();
    }

    /** The 1, 5 and 15 minute load averages of a /proc/loadavg line, or "?" when the file is missing. */
    private static String loadAverage(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "?";
        }
        String[] fields = Files.readString(file).trim().split("\\s+");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    /** The "name  milliseconds" lines of bench-list-queries.sh. */
    private static Map<String, Double> listQueries(Path file) throws IOException {
        Map<String, Double> pages = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                var match = java.util.regex.Pattern.compile("^(.*\\S)\\s+([0-9.]+)$")
                        .matcher(line);
                if (match.matches()) {
                    pages.put(match.group(1), Double.parseDouble(match.group(2)));
                }
            }
        }
        return pages;
    }
}
