package org.tongban.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file is, read from its content (its magic bytes), never from the name or the media type a
 * client claims: a renamed executable must not pass as a PDF. An OFD is a zip, and only a zip with
 * the OFD.xml entry at its root is one (any other zip, an .docx included, is not).
 */
public final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String OFD_ROOT = "OFD.xml";

    private ContentSniffer() {}

    /** The file's type, or empty when it is none of the kinds known here. */
    public static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, ZIP) && hasOfdRoot(file)) {
            return Optional.of(FileType.OFD);
        }
        return Optional.empty();
    }

    private static boolean hasOfdRoot(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(OFD_ROOT) != null;
        } catch (ZipException notAZip) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
