package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongban.supervision.CounterSpans.Range;
import org.tongban.supervision.CounterSpans.Span;

class CounterSpansTest {

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aCalendarYearIsTwelveMonthRows() {
        assertThat(CounterSpans.of(d("2025-01-01"), d("2025-12-31")).ranges())
                .containsExactly(new Range(Span.MONTH, d("2025-01-01"), d("2025-12-01")));
    }

    @Test
    void daysAtTheEdgesComeFromDayRows() {
        assertThat(CounterSpans.of(d("2026-05-31"), d("2026-08-02")).ranges())
                .containsExactly(
                        new Range(Span.DAY, d("2026-05-31"), d("2026-05-31")),
                        new Range(Span.MONTH, d("2026-06-01"), d("2026-07-01")),
                        new Range(Span.DAY, d("2026-08-01"), d("2026-08-02")));
    }

    @Test
    void aPeriodWithoutAWholeMonthIsDayRowsOnly() {
        assertThat(CounterSpans.of(d("2026-06-01"), d("2026-06-05")).ranges())
                .containsExactly(new Range(Span.DAY, d("2026-06-01"), d("2026-06-05")));
        assertThat(CounterSpans.of(d("2026-01-15"), d("2026-02-27")).ranges())
                .containsExactly(new Range(Span.DAY, d("2026-01-15"), d("2026-02-27")));
    }

    @Test
    void aWholeFebruaryEndsOnItsLastDayInALeapYear() {
        assertThat(CounterSpans.of(d("2028-02-01"), d("2028-02-29")).ranges())
                .containsExactly(new Range(Span.MONTH, d("2028-02-01"), d("2028-02-01")));
        assertThat(CounterSpans.of(d("2028-02-01"), d("2028-02-28")).ranges())
                .containsExactly(new Range(Span.DAY, d("2028-02-01"), d("2028-02-28")));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> CounterSpans.of(d("2026-06-02"), d("2026-06-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
