package org.tongban.cases.notices;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CJK font notices are printed in, embedded (subset) in every PDF so that it renders the same
 * everywhere. A TrueType font or collection from the file system — by default WenQuanYi Micro Hei
 * of Debian's {@code fonts-wqy-microhei}, which the test script installs. Read once; each PDF
 * parses its own copy from memory, since a parsed font is not safe to share between threads.
 */
@ApplicationScoped
public class NoticeFont {

    private final Path file;
    private final String name;
    private volatile byte[] bytes;

    public NoticeFont(
            @ConfigProperty(
                            name = "tongban.notices.font",
                            defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
                    Path file,
            @ConfigProperty(name = "tongban.notices.font-name", defaultValue = "WenQuanYiMicroHei") String name) {
        this.file = file;
        this.name = name;
    }

    /** A fresh parse of the font, for one document; the caller closes it after saving the document. */
    public TrueTypeFont open() throws IOException {
        byte[] data = bytes();
        if (file.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                collection.close();
                throw new IOException(
                        "No font named " + name + " in " + file + " (tongban.notices.font-name: the PostScript name)");
            }
            return font;
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    private byte[] bytes() {
        byte[] data = bytes;
        if (data == null) {
            try {
                data = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The notices' CJK font " + file + " cannot be read (tongban.notices.font; Debian: apt-get"
                                + " install fonts-wqy-microhei)",
                        e);
            }
            bytes = data;
        }
        return data;
    }
}
