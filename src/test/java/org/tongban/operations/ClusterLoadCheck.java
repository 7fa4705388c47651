package org.tongban.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load and the verdict of {@code deploy/local/galera.sh}.
 *
 * <pre>
 * load KEYCLOAK SECONDS CLIENTS RESULT.json KILL_PID KILL_AFTER_S API_BASE...
 *     citizen submissions, each client sending to the instances in turn (as a load balancer does),
 *     every key retried until 201; after a warm-up of 10 s, SECONDS are measured (submissions per
 *     second; p50 and p99 of what a client waited for its 201, retries included). With KILL_PID > 0
 *     that process (a database node) is killed KILL_AFTER_S into the measurement.
 * verify JDBC_URL RESULT.json...
 *     every acknowledged number is stored once with its event, audit entry and outbox row, and
 *     numbers are gap-free; exit status 1 otherwise.
 * </pre>
 */
public final class ClusterLoadCheck {

    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private ClusterLoadCheck() {}

    public static void main(String[] args) throws Exception {
        int status = switch (args[0]) {
            case "load" -> load(args);
            case "verify" -> verify(args);
            default -> throw new IllegalArgumentException("load or verify, not " + args[0]);
        };
        System.exit(status);
    }

    private static int load(String[] args) throws Exception {
        String keycloak = args[1];
        Duration measured = Duration.ofSeconds(Long.parseLong(args[2]));
        int clients = Integer.parseInt(args[3]);
        Path result = Path.of(args[4]);
        long killPid = Long.parseLong(args[5]);
        Duration killAfter = Duration.ofSeconds(Long.parseLong(args[6]));
        String[] bases = Arrays.copyOfRange(args, 7, args.length);
        AtomicInteger turn = new AtomicInteger();
        SubmissionLoad load = SubmissionLoad.start(
                () -> bases[Math.floorMod(turn.getAndIncrement(), bases.length)],
                Client.login(keycloak, "citizen-chen", "tongban-app"),
                clients);
        Thread.sleep(WARM_UP);
        int atStart = load.answered.size();
        long start = System.nanoTime();
        int atKill = -1;
        if (killPid > 0) {
            Thread.sleep(killAfter);
            atKill = load.answered.size();
            ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
            System.out.printf("   killed process %d (a database node) with SIGKILL under load%n", killPid);
        }
        Thread.sleep(measured.minus(killPid > 0 ? killAfter : Duration.ZERO));
        int atEnd = load.answered.size();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        load.stop(Duration.ofMinutes(2));
        long[] waits = load.answered.values().stream()
                .filter(outcome -> outcome.answeredAt() >= start && outcome.answeredAt() <= end)
                .mapToLong(SubmissionLoad.Outcome::waitedNanos)
                .sorted()
                .toArray();

        ObjectNode json = Client.JSON.createObjectNode();
        json.put("instances", bases.length);
        json.put("clients", clients);
        json.put("seconds", seconds);
        json.put("answered", atEnd - atStart);
        json.put("throughput", (atEnd - atStart) / seconds);
        json.put("p50Ms", percentileMillis(waits, 50));
        json.put("p99Ms", percentileMillis(waits, 99));
        json.put("answeredAfterKill", atKill < 0 ? 0 : atEnd - atKill);
        json.put("retriedKeys", load.retried().size());
        json.put("unexpected", load.unexpected.size());
        var numbers = json.putArray("numbers");
        load.answered.values().forEach(outcome -> numbers.add(outcome.number()));
        Files.writeString(result, Client.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.printf(
                Locale.ROOT,
                "   %.1f submissions/s through %d instance(s): %d in %.0f s, %d clients, p50 %.0f ms, p99 %.0f ms%s;"
                        + " %d key(s) retried%n",
                (atEnd - atStart) / seconds,
                bases.length,
                atEnd - atStart,
                seconds,
                clients,
                percentileMillis(waits, 50),
                percentileMillis(waits, 99),
                atKill < 0 ? "" : ", " + (atEnd - atKill) + " answered after the kill",
                load.retried().size());
        if (!load.unexpected.isEmpty()) {
            System.out.println("   UNEXPECTED answers: " + load.unexpected);
            return 1;
        }
        return atKill >= 0 && atEnd == atKill ? 1 : 0;
    }

    /**
     * The nearest-rank percentile of sorted waits, in milliseconds: what a client waited for its
     * 201 from its first attempt, retries included (0 when none was answered).
     */
    private static double percentileMillis(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    private static int verify(String[] args) throws Exception {
        List<String> problems = new ArrayList<>();
        int acknowledged = 0;
        try (var db = new CaseRecords(args[1], "root", "")) {
            for (String file : Arrays.copyOfRange(args, 2, args.length)) {
                for (JsonNode number : read(Path.of(file)).path("numbers")) {
                    acknowledged++;
                    if (db.count("SELECT COUNT(*) FROM application WHERE number = ?", number.asText()) != 1) {
                        problems.add(number.asText() + " was acknowledged but is not stored once");
                    }
                }
            }
            problems.addAll(db.numberingProblems());
            db.halfWritten().forEach((number, counts) -> problems.add(number + ": " + counts));
        }
        System.out.printf(
                "   %s: %d acknowledged submissions checked, %s%n",
                args[1].replaceAll("\\?.*", ""),
                acknowledged,
                problems.isEmpty() ? "all stored whole, numbers gap-free" : "PROBLEMS " + problems);
        return problems.isEmpty() ? 0 : 1;
    }

    private static JsonNode read(Path file) throws IOException {
        return Client.JSON.readTree(Files.readString(file));
    }
}
