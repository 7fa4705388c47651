package org.tongban.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measurement as the JSON files under target/bench record it. */
final class Results {

    private Results() {}

    /**
     * @param noise statements per second by kind that other clients (and the service's idle polling)
     *     ran around the window; empty when not measured
     */
    static Map<String, Object> of(ClosedLoop.Result result, Probes.Window window, Map<String, Double> noise) {
        double ops = result.operations();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operations", result.operations());
        json.put("seconds", result.seconds());
        json.put("opsPerSecond", round(result.perSecond()));
        json.put("p50Ms", round(result.latencies().percentileMillis(50)));
        json.put("p99Ms", round(result.latencies().percentileMillis(99)));
        json.put("maxMs", round(result.latencies().percentileMillis(100)));
        json.put("errors", result.errors());
        json.put("errorSamples", result.errorSamples());
        json.put("serviceCpuMsPerOp", round(window.serviceCpuMillis / ops));
        json.put("driverCpuMsPerOp", round(window.driverCpuMillis / ops));
        json.put("databaseCpuMsPerOp", round(window.databaseCpuMillis / ops));
        json.put("otherCpuShare", round(window.otherCpuShare));
        json.put("sqlPerOp", round(Probes.total(window.statements) / ops));
        Map<String, Object> byKind = new LinkedHashMap<>();
        window.statements.forEach((name, count) -> byKind.put(name, round(count / ops)));
        json.put("sqlPerOpByKind", byKind);
        json.put("sqlNoisePerSecond", round(Probes.total(noise)));
        Map<String, Object> netByKind = new LinkedHashMap<>();
        double net = 0;
        for (var kind : window.statements.entrySet()) {
            double ours = Math.max(0, kind.getValue() - noise.getOrDefault(kind.getKey(), 0.0) * result.seconds());
            netByKind.put(kind.getKey(), round(ours / ops));
            net += ours;
        }
        json.put("sqlPerOpNet", round(net / ops));
        json.put("sqlPerOpNetByKind", netByKind);
        return json;
    }

    static void write(Path file, Object json) throws IOException {
        Files.createDirectories(file.getParent());
        Requests.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    /** Two decimals are plenty; NaN (nothing measured) becomes null in JSON. */
    static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
