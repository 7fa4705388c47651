package org.tongban.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCoverageTest {

    @Test
    void nextYearIsExpectedFromFirstNovember() {
        assertThat(CalendarCoverage.missingYears(List.of(2025, 2026), LocalDate.of(2026, 10, 31)))
                .isEmpty();
        assertThat(CalendarCoverage.missingYears(List.of(2025, 2026), LocalDate.of(2026, 11, 1)))
                .containsExactly(2027);
        assertThat(CalendarCoverage.missingYears(List.of(2025, 2026, 2027), LocalDate.of(2026, 11, 1)))
                .isEmpty();
    }

    @Test
    void theCurrentYearAlways() {
        assertThat(CalendarCoverage.missingYears(List.of(2025, 2026), LocalDate.of(2027, 1, 4)))
                .containsExactly(2027);
        assertThat(CalendarCoverage.missingYears(List.of(2026), LocalDate.of(2027, 12, 1)))
                .containsExactly(2027, 2028);
        assertThat(CalendarCoverage.notice(2027)).startsWith("calendar for 2027 missing");
    }
}
