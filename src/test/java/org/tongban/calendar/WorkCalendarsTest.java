package org.tongban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.calendar.SeededCalendar.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkCalendarsTest {

    @Test
    void theCalendarKnowsExactlyTheGivenYears() {
        var only2026 = WorkCalendars.of(List.of(SeededCalendar.arrangement(2026)));
        assertThat(only2026.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThatThrownBy(() -> only2026.isWorkingDay(d("2025-06-03")))
                .isInstanceOf(UnknownCalendarYearException.class);
    }

    @Test
    void withNoYearsEveryDateIsUnknown() {
        var none = WorkCalendars.of(List.of());
        assertThatThrownBy(() -> none.isWorkingDay(d("2026-03-04")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2026");
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        var twice = List.of(SeededCalendar.arrangement(2026), SeededCalendar.arrangement(2026));
        assertThatThrownBy(() -> WorkCalendars.of(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026: given twice");
    }

    @Test
    void anInvalidArrangementIsRefusedWithAllItsProblems() {
        var bad = new HolidayArrangement(
                2027,
                List.of(),
                List.of(
                        new HolidayArrangement.Day("春节", d("2027-02-10"), false),
                        new HolidayArrangement.Day("元旦", d("2026-12-31"), true)));
        assertThatThrownBy(() -> WorkCalendars.of(List.of(SeededCalendar.arrangement(2026), bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027: days[0].isOffDay")
                .hasMessageContaining("2027: days[1].date");
    }
}
