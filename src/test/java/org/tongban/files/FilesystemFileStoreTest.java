package org.tongban.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.testing.Uploaded;

class FilesystemFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsAndDeletesWholeFilesOnly() throws IOException {
        var store = new FilesystemFileStore(dir.resolve("files"));
        Path source = Files.write(dir.resolve("upload"), Uploaded.PDF);
        store.put("0123456789abcdef", source, FileType.PDF);
        try (InputStream in = store.open("0123456789abcdef")) {
            assertThat(in.readAllBytes()).isEqualTo(Uploaded.PDF);
        }
        try (Stream<Path> all = Files.walk(dir.resolve("files"))) {
            // Only the file itself, in its two-character directory: no temporary copy left beside it.
            assertThat(all.filter(Files::isRegularFile)
                            .map(p -> dir.resolve("files").relativize(p).toString()))
                    .containsExactly("01/0123456789abcdef");
        }
        store.delete("0123456789abcdef");
        store.delete("0123456789abcdef");
        assertThatThrownBy(() -> store.open("0123456789abcdef")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aKeyIsNeverAPath() throws IOException {
        var store = new FilesystemFileStore(dir);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedCopyLeavesNothing() throws IOException {
        var store = new FilesystemFileStore(dir.resolve("files"));
        assertThatThrownBy(() -> store.put("0123456789abcdef", dir.resolve("missing"), FileType.PDF))
                .isInstanceOf(NoSuchFileException.class);
        try (Stream<Path> all = Files.walk(dir.resolve("files"))) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
