package org.tongban.cases.notices;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a notice out on A4 with PDFBox: title, number, addressee and case, the notice's entries,
 * legal basis, issuer, window and date, and at the foot the verification code beside the QR code
 * of the verification URL (drawn as vector squares, so it prints sharp at any size). The CJK font
 * is embedded as a subset, with the Unicode map that lets the text be searched and extracted.
 */
@ApplicationScoped
public class NoticePdf {

    private static final float MARGIN = 64;
    private static final float BODY = 11;
    private static final float LEADING = 1.6f;
    private static final float QR_SIZE = 96;

    @Inject
    NoticeFont fonts;

    public byte[] render(Printed p) {
        try (PDDocument document = new PDDocument();
                NoticeFont.Loan ttf = fonts.lend()) {
            // Not closed with the document (loaded from a font object, not a file): the loan hands it back.
            PDType0Font font = PDType0Font.load(document, ttf.font(), true);
            info(document, p);
            var page = new Page(document, font);
            page.centred(p.title(), 18);
            page.gap(6);
            page.right(p.labels().number() + "：" + p.number(), BODY);
            page.gap(10);
            page.labelled(p.labels().applicant(), p.applicant());
            page.labelled(p.labels().application(), p.applicationNumber());
            page.labelled(p.labels().item(), p.item());
            page.gap(6);
            page.paragraph(p.intro(), BODY, 2 * BODY);
            page.gap(6);
            for (Printed.Line line : p.entries()) {
                if (line.values().size() == 1) {
                    page.labelled(line.label(), line.values().get(0));
                } else {
                    page.paragraph(line.label() + "：", BODY, 0);
                    for (int i = 0; i < line.values().size(); i++) {
                        page.paragraph((i + 1) + ". " + line.values().get(i), BODY, BODY);
                    }
                }
            }
            page.labelled(p.labels().legalBasis(), p.legalBasis());
            if (p.replaces() != null) {
                page.labelled(p.labels().replaces(), p.replaces());
            }
            page.gap(18);
            page.right(p.issuer() + " " + p.labels().seal(), BODY);
            if (p.window() != null) {
                page.right(p.labels().window() + "：" + p.window(), BODY);
            }
            page.right(p.labels().issuedOn() + "：" + p.issuedOn(), BODY);
            page.verification(p);
            page.close();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Notice " + p.number() + " could not be rendered", e);
        }
    }

    private static void info(PDDocument document, Printed p) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(p.title() + " " + p.number());
        info.setAuthor(p.issuer());
        info.setCreator("Tongban");
        Calendar issued = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
        issued.clear();
        issued.set(
                p.issuedOn().getYear(),
                p.issuedOn().getMonthValue() - 1,
                p.issuedOn().getDayOfMonth());
        info.setCreationDate(issued);
    }

    /** The QR code's modules, dark ones true; a quiet zone is left by the layout. */
    static boolean[][] qr(String text) {
        try {
            ByteMatrix matrix = Encoder.encode(
                            text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y) == 1;
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
    }

    /** A cursor down the pages of one document; a new page begins when the next line would not fit. */
    private static final class Page {

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Page(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void centred(String text, float size) throws IOException {
            String printable = printable(text);
            line(printable, (PDRectangle.A4.getWidth() - textWidth(printable, size)) / 2, size);
        }

        void right(String text, float size) throws IOException {
            for (String part : wrap(printable(text), size, width())) {
                line(part, PDRectangle.A4.getWidth() - MARGIN - textWidth(part, size), size);
            }
        }

        void labelled(String label, String value) throws IOException {
            paragraph(label + "：" + value, BODY, 0);
        }

        /** Wrapped to the text width; {@code indent} on the first line only (Chinese paragraphs). */
        void paragraph(String text, float size, float indent) throws IOException {
            for (String paragraph : printable(text).split("\n")) {
                List<String> lines = wrap(paragraph, size, width() - indent);
                for (int i = 0; i < lines.size(); i++) {
                    line(lines.get(i), MARGIN + (i == 0 ? indent : 0), size);
                }
            }
        }

        private void line(String text, float x, float size) throws IOException {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** The code, the URL and the QR code, kept together on one page. */
        void verification(Printed p) throws IOException {
            if (y - QR_SIZE - 3 * BODY < MARGIN) {
                newPage();
            }
            y -= 2 * BODY;
            float top = y;
            boolean[][] modules = qr(p.verifyUrl());
            float module = QR_SIZE / modules.length;
            for (int row = 0; row < modules.length; row++) {
                for (int column = 0; column < modules[row].length; column++) {
                    if (modules[row][column]) {
                        content.addRect(MARGIN + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
            float x = MARGIN + QR_SIZE + 16;
            float textWidth = PDRectangle.A4.getWidth() - MARGIN - x;
            y = top;
            for (String part : wrap(printable(p.labels().code() + "：" + p.code()), BODY + 1, textWidth)) {
                line(part, x, BODY + 1);
            }
            for (String part : wrap(printable(p.labels().verify()), 9, textWidth)) {
                line(part, x, 9);
            }
            for (String part : wrap(p.verifyUrl(), 9, textWidth)) {
                line(part, x, 9);
            }
            y = Math.min(y, top - QR_SIZE);
        }

        void close() throws IOException {
            content.close();
        }

        private float textWidth(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Breaks anywhere: Chinese has no spaces; a long Latin word or URL breaks too. */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                float advance = textWidth(Character.toString(cp), size);
                if (!current.isEmpty() && width + advance > max) {
                    lines.add(current.toString());
                    current.setLength(0);
                    width = 0;
                }
                current.appendCodePoint(cp);
                width += advance;
                i += Character.charCount(cp);
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** Text the font can show: tabs and other controls become spaces, missing glyphs a '?'. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (hasGlyph(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(Character.toString(cp));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
