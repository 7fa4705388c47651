package org.tongban.cases.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.common.Overloaded;

/** Printing is bounded: a burst of first downloads waits its turn, then is refused, never parses a font each. */
class NoticeFontTest {

    private final NoticeFont fonts = new NoticeFont(
            Path.of(System.getenv()
                    .getOrDefault("TONGBAN_NOTICES_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
            "WenQuanYiMicroHei",
            Duration.ofMillis(200));

    @Test
    void onceEveryPrinterIsBusyTheNextWaitsThenIsRefusedAndAFreedOneIsLentAgain() throws IOException {
        List<NoticeFont.Loan> busy = new ArrayList<>();
        for (int i = 0; i < NoticeFont.KEPT; i++) {
            busy.add(fonts.lend());
        }
        long start = System.nanoTime();
        assertThatThrownBy(fonts::lend).isInstanceOf(Overloaded.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));

        NoticeFont.Loan first = busy.remove(0);
        var font = first.font();
        first.close();
        try (NoticeFont.Loan again = fonts.lend()) {
            assertThat(again.font())
                    .as("the parsed font is kept and lent again")
                    .isSameAs(font);
        }
        for (NoticeFont.Loan loan : busy) {
            loan.close();
        }
    }
}
