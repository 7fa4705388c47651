package org.tongban.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tongban.testing.FreePort;

/**
 * A MariaDB server of a check's own, to kill and restart at will: its data directory under
 * {@code target/}, a free loopback port, no grant tables (nothing but this machine reaches it).
 * Never the system MariaDB on 3306, which other checks and people share.
 */
final class OwnMariaDb implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

    final int port;
    private final Path dir;
    private Process process;

    private OwnMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A fresh data directory, {@code target/<name>}, and the server started on it. */
    static OwnMariaDb create(String name) {
        Path dir = Path.of("target", name).toAbsolutePath();
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            run(
                    List.of(
                            "mariadb-install-db",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--auth-root-authentication-method=normal",
                            "--skip-test-db",
                            "--user=" + System.getProperty("user.name")),
                    dir.resolve("install.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dir, e);
        }
        var server = new OwnMariaDb(dir, FreePort.any());
        server.start();
        return server;
    }

    String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    /** Starts the server on its data directory and port (again, after {@link #kill}). */
    void start() {
        try {
            process = new ProcessBuilder(List.of(
                            "mariadbd",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--port=" + port,
                            "--bind-address=127.0.0.1",
                            "--socket=" + dir.resolve("mysqld.sock"),
                            "--pid-file=" + dir.resolve("mysqld.pid"),
                            "--skip-grant-tables",
                            "--innodb-buffer-pool-size=64M",
                            "--user=" + System.getProperty("user.name"),
                            "--log-error=" + dir.resolve("error.log")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("mariadbd.out").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start mariadbd", e);
        }
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("mariadbd did not start; see " + dir.resolve("error.log"));
            }
            PackagedService.sleep(Duration.ofMillis(200));
        }
    }

    /** SIGKILL: what a crashed or power-cut database server does; InnoDB recovers on the next start. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean answers() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (p.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
