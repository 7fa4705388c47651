package org.tongban.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.testing.Uploaded;

class ContentSnifferTest {

    @TempDir
    Path dir;

    @Test
    void eachKindByItsMagicBytes() throws IOException {
        assertThat(sniff(Uploaded.PDF)).contains(FileType.PDF);
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}))
                .contains(FileType.JPEG);
        assertThat(sniff(FilesTest.PNG)).contains(FileType.PNG);
        assertThat(sniff(FilesTest.ofd(true))).contains(FileType.OFD);
    }

    @Test
    void aZipWithoutOfdXmlAtItsRootIsNoOfd() throws IOException {
        assertThat(sniff(FilesTest.ofd(false))).isEmpty();
        // The zip signature followed by garbage: not even a zip.
        assertThat(sniff(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
    }

    @Test
    void nothingElseWhateverItIsCalled() throws IOException {
        assertThat(sniff("<html><body>%PDF-1.7</body></html>".getBytes())).isEmpty();
        assertThat(sniff(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(sniff(new byte[] {'%', 'P'})).isEmpty();
        assertThat(sniff(new byte[0])).isEmpty();
    }

    private Optional<FileType> sniff(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("upload.pdf"), content);
        return ContentSniffer.sniff(file);
    }
}
