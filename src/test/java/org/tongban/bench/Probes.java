package org.tongban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a measurement window costs outside the load generator: CPU time of a process (from
 * /proc/PID/stat) and the statements the database executed (SHOW GLOBAL STATUS). The database's
 * counters are server-wide: statements of any other client of the same server (another engineer's
 * tests) are counted too, so the rate seen while the service is idle, just before and after a
 * window, is measured as well and subtracted from it (an estimate: other clients come in bursts).
 */
final class Probes {

    /** The statement counters summed into "SQL per operation". */
    static final String[] STATEMENTS = {"Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit"};

    /** USER_HZ: the unit of utime and stime in /proc, 100 on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private Probes() {}

    /**
     * Reads the counters exactly at the start and the end of a measurement window: the statements
     * executed, the CPU time of the service (when a pid is given) and of this load generator.
     */
    static final class Window implements ClosedLoop.Window {
        private final Connection db;
        private final long servicePid;
        private final long databasePid;
        private Map<String, Long> statementsBefore;
        private double serviceBefore;
        private double driverBefore;
        private double databaseBefore;
        private double machineBefore;
        private long startedAt;
        Map<String, Long> statements;
        double serviceCpuMillis = Double.NaN;
        double driverCpuMillis;
        double databaseCpuMillis = Double.NaN;
        /** CPU used by every other process (other builds, Keycloak) as a share of the machine. */
        double otherCpuShare = Double.NaN;

        /** @param servicePid the service's process, or 0 when the service is not measured */
        Window(Connection db, long servicePid) {
            this.db = db;
            this.servicePid = servicePid;
            this.databasePid = databasePid(db);
        }

        @Override
        public void started() {
            statementsBefore = statementsOrFail();
            serviceBefore = servicePid > 0 ? cpuMillis(servicePid) : 0;
            driverBefore = cpuMillis(ProcessHandle.current().pid());
            databaseBefore = databasePid > 0 ? cpuMillis(databasePid) : Double.NaN;
            machineBefore = machineBusyMillis();
            startedAt = System.nanoTime();
        }

        @Override
        public void ended() {
            double elapsedMillis = (System.nanoTime() - startedAt) / 1e6;
            statements = delta(statementsBefore, statementsOrFail());
            double service = servicePid > 0 ? cpuMillis(servicePid) - serviceBefore : 0;
            serviceCpuMillis = servicePid > 0 ? service : Double.NaN;
            driverCpuMillis = cpuMillis(ProcessHandle.current().pid()) - driverBefore;
            databaseCpuMillis = databasePid > 0 ? cpuMillis(databasePid) - databaseBefore : Double.NaN;
            double other = machineBusyMillis() - machineBefore - service - driverCpuMillis - databaseCpuMillis;
            otherCpuShare =
                    Math.max(0, other) / (elapsedMillis * Runtime.getRuntime().availableProcessors());
        }

        private Map<String, Long> statementsOrFail() {
            try {
                return Probes.statements(db);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's statement counters", e);
            }
        }
    }

    /** User plus system CPU time of process {@code pid}, in milliseconds. */
    static double cpuMillis(long pid) {
        String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
        // Fields after the command name (which may hold spaces) start at "state" (field 3).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Busy CPU time of the whole machine (every CPU), in milliseconds, from the first line of /proc/stat. */
    static double machineBusyMillis() {
        String[] cpu = read(Path.of("/proc/stat"))
                .lines()
                .findFirst()
                .orElseThrow()
                .trim()
                .split("\\s+");
        long busy = 0;
        // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(cpu[field]);
        }
        return busy * 1000 / TICKS_PER_SECOND;
    }

    /** The database server's process when it runs on this machine (its pid file is readable), else 0. */
    static long databasePid(Connection db) {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT @@pid_file")) {
            rows.next();
            return Long.parseLong(Files.readString(Path.of(rows.getString(1))).trim());
        } catch (SQLException | IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Resident set size of process {@code pid}, in MiB. */
    static double rssMebibytes(long pid) {
        for (String line : read(Path.of("/proc", String.valueOf(pid), "status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }

    static Map<String, Long> statements(Connection db) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(
                        "SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", STATEMENTS) + "')")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        for (String name : STATEMENTS) {
            delta.put(name, after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L));
        }
        return delta;
    }

    static long total(Map<String, ? extends Number> counters) {
        return Math.round(
                counters.values().stream().mapToDouble(Number::doubleValue).sum());
    }

    /** Statements per second, by kind, the server runs over {@code sample}: while nothing is measured. */
    static Map<String, Double> rates(Connection db, Duration sample) throws SQLException, InterruptedException {
        Map<String, Long> before = statements(db);
        Thread.sleep(sample);
        Map<String, Double> rates = new LinkedHashMap<>();
        delta(before, statements(db)).forEach((name, count) -> rates.put(name, count / (sample.toNanos() / 1e9)));
        return rates;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
