package org.tongban.cases.notices;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CJK font notices are printed in, embedded (subset) in every PDF so that it renders the same
 * everywhere. A TrueType font or collection from the file system — by default WenQuanYi Micro Hei
 * of Debian's {@code fonts-wqy-microhei}, which the test script installs. Parsing it took a third
 * of a submission's CPU (the receipt is printed in the submission's transaction), so parsed fonts
 * are kept and lent to one document at a time: a parsed font reads its tables through one stream,
 * which is not safe to share between threads.
 */
@ApplicationScoped
public class NoticeFont {

    /** Fonts kept between documents: about one per core rendering at once; more are parsed and dropped. */
    private static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Path file;
    private final String name;
    private final BlockingQueue<TrueTypeFont> idle = new ArrayBlockingQueue<>(KEPT);
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

    /** A parsed font for one document, until the loan is closed (after the document is saved). */
    public Loan lend() throws IOException {
        TrueTypeFont font = idle.poll();
        return new Loan(font != null ? font : parse());
    }

    /** One document's use of a parsed font; closing hands it back for the next document. */
    public final class Loan implements AutoCloseable {

        private final TrueTypeFont font;

        private Loan(TrueTypeFont font) {
            this.font = font;
        }

        public TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() throws IOException {
            if (!idle.offer(font)) {
                font.close();
            }
        }
    }

    private TrueTypeFont parse() throws IOException {
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
