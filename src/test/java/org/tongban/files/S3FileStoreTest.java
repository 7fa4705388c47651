package org.tongban.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.testing.FreePort;
import org.tongban.testing.Uploaded;

/**
 * The S3 store against a real S3-compatible server on loopback: s3rver from the npm registry, which
 * the build installs into target/s3rver (skipped with -Ds3rver.skip, and then so is this test).
 */
class S3FileStoreTest {

    private static final Path S3RVER = Path.of("target", "s3rver", "node_modules", ".bin", "s3rver");
    private static final String BUCKET = "tongban-files";

    @TempDir
    static Path dir;

    private static Process server;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(S3RVER), "s3rver is not installed (mvn -Ds3rver.skip?)");
        port = FreePort.any();
        server = new ProcessBuilder(
                        S3RVER.toAbsolutePath().toString(),
                        "--directory",
                        dir.resolve("s3").toString(),
                        "--address",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        "--silent",
                        "--configure-bucket",
                        BUCKET)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("s3rver.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!listening()) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("s3rver did not start: " + Files.readString(dir.resolve("s3rver.log")));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void storesReadsAndDeletes() throws IOException {
        try (var store = new S3FileStore(config())) {
            Path source = Files.write(dir.resolve("upload"), Uploaded.PDF);
            store.put("0123456789abcdef", source, FileType.PDF);
            try (InputStream in = store.open("0123456789abcdef")) {
                assertThat(in.readAllBytes()).isEqualTo(Uploaded.PDF);
            }
            store.delete("0123456789abcdef");
            store.delete("0123456789abcdef");
            assertThatThrownBy(() -> store.open("0123456789abcdef")).isInstanceOf(IOException.class);
        }
    }

    private static boolean listening() {
        try (var socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** s3rver's fixed demo credentials. */
    private static FilesConfig.S3 config() {
        return new FilesConfig.S3() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(URI.create("http://127.0.0.1:" + port));
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(BUCKET);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of("S3RVER");
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of("S3RVER");
            }

            @Override
            public boolean pathStyle() {
                return true;
            }
        };
    }
}
