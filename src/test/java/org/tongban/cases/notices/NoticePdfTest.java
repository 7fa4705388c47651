package org.tongban.cases.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renders Chinese with the embedded font: the text extracts back as it was given. */
class NoticePdfTest {

    static NoticePdf renderer() {
        var pdf = new NoticePdf();
        pdf.fonts = new NoticeFont(
                Path.of(System.getenv()
                        .getOrDefault("TONGBAN_NOTICES_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
                "WenQuanYiMicroHei",
                Duration.ofSeconds(10));
        return pdf;
    }

    static Printed printed(List<Printed.Line> lines) {
        NoticeTexts texts = NoticeTexts.in(NoticeTexts.ISSUED_IN);
        return new Printed(
                texts.title(NoticeKind.REFUSAL),
                "350205-20260302-000001-03",
                "350205-20260302-000001",
                "陈晓明",
                "住房公积金租房提取",
                texts.intro(NoticeKind.REFUSAL),
                lines,
                texts.defaultBasis(NoticeKind.REFUSAL),
                "350205-20260302-000001-02",
                "厦门市住房公积金中心",
                "海沧区行政服务中心 W03",
                LocalDate.of(2026, 3, 2),
                "ABCDE-FGHJK-MNPQR-STVWX-YZ0123",
                "https://tongban.example.gov.cn/api/v1/notices/verify?code=ABCDE-FGHJK-MNPQR-STVWX-YZ0123",
                Printed.Labels.of(texts));
    }

    @Test
    void chineseTextExtractsBack() throws IOException {
        byte[] pdf = renderer()
                .render(printed(List.of(
                        new Printed.Line("理由", List.of("月租金超过上限", "合同期限不足六个月\t（附件）")),
                        new Printed.Line("决定日期", List.of("2026-03-02")))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "不予行政许可决定书",
                            "陈晓明",
                            "1. 月租金超过上限",
                            "2. 合同期限不足六个月",
                            "决定日期：2026-03-02",
                            "本文书更正并取代：350205-20260302-000001-02",
                            "第三十八条第二款",
                            "厦门市住房公积金中心",
                            "核验码：ABCDE-FGHJK-MNPQR-STVWX-YZ0123");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("不予行政许可决定书");
        }
    }

    @Test
    void aLongNoticeRunsOntoMorePagesAndKeepsTheVerificationBlockTogether() throws IOException {
        List<String> reasons = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "第" + i + "条理由：申请材料与法定形式不符，需重新提交经公证的复印件")
                .toList();
        byte[] pdf = renderer().render(printed(List.of(new Printed.Line("理由", reasons))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("第59条理由", "核验码");
        }
    }

    /** The parsed font is lent to one document at a time and reused: every copy comes out whole. */
    @Test
    void renderingsAtOnceAndOneAfterAnotherShareTheParsedFontSafely() throws Exception {
        var renderer = renderer();
        var notice = printed(List.of(new Printed.Line("理由", List.of("月租金超过上限"))));
        byte[] first = renderer.render(notice);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var renderings = pool.invokeAll(java.util.Collections.nCopies(
                    12, (java.util.concurrent.Callable<byte[]>) () -> renderer.render(notice)));
            for (var rendering : renderings) {
                try (PDDocument document = Loader.loadPDF(rendering.get())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("不予行政许可决定书", "月租金超过上限");
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(renderer.render(notice))) {
            assertThat(new PDFTextStripper().getText(document)).contains("陈晓明", "核验码");
        }
        assertThat(first).isNotEmpty();
    }

    @Test
    void theQrCodeIsSquareWithItsFinderPatterns() {
        boolean[][] modules = NoticePdf.qr("https://tongban.example.gov.cn/api/v1/notices/verify?code=X");
        assertThat(modules.length).isEqualTo(modules[0].length);
        // a finder pattern's dark 7×7 frame in the top-left corner
        for (int i = 0; i < 7; i++) {
            assertThat(modules[0][i]).isTrue();
            assertThat(modules[i][0]).isTrue();
        }
        assertThat(modules[1][1]).isFalse();
    }
}
