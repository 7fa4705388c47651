package org.tongban.cases.notices;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.common.Overloaded;

/**
 * The CJK font notices are printed in, embedded (subset) in every PDF so that it renders the same
 * everywhere. A TrueType font or collection from the file system — by default WenQuanYi Micro Hei
 * of Debian's {@code fonts-wqy-microhei}, which the test script installs. Parsing it took a third
 * of a submission's CPU (the receipt is printed in the submission's transaction), so parsed fonts
 * are kept and lent to one document at a time: a parsed font reads its tables through one stream,
 * which is not safe to share between threads. At most {@link #KEPT} documents print at once: printing
 * is CPU-bound, and each parsed font holds the 5 MB font in memory, so a burst of first downloads
 * (notices are printed when first asked for) waits its turn instead of parsing a font per request.
 */
@ApplicationScoped
public class NoticeFont {

    /** Documents printing at once, and so parsed fonts: about one per core. */
    static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Path file;
    private final String name;
    private final BlockingQueue<TrueTypeFont> idle = new ArrayBlockingQueue<>(KEPT);
    private final Semaphore printing = new Semaphore(KEPT, true);
    private final Duration wait;
    private volatile byte[] bytes;

    public NoticeFont(
            @ConfigProperty(
                            name = "tongban.notices.font",
                            defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
                    Path file,
            @ConfigProperty(name = "tongban.notices.font-name", defaultValue = "WenQuanYiMicroHei") String name,
            @ConfigProperty(name = "tongban.notices.print-wait", defaultValue = "10s") Duration wait) {
        this.file = file;
        this.name = name;
        this.wait = wait;
    }

    /**
     * A parsed font for one document, until the loan is closed (after the document is saved); waits
     * at most {@code tongban.notices.print-wait} for a turn, then refuses ({@link Overloaded}).
     */
    public Loan lend() throws IOException {
        try {
            if (!printing.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Overloaded("every notice printer stayed busy for " + wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Overloaded("interrupted while waiting to print a notice");
        }
        try {
            TrueTypeFont font = idle.poll();
            return new Loan(font != null ? font : parse());
        } catch (IOException | RuntimeException e) {
            printing.release();
            throw e;
        }
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
            try {
                if (!idle.offer(font)) {
                    font.close();
                }
            } finally {
                printing.release();
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
