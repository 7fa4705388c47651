package org.tongban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected dates are read off the State Council's tables in domain.md by hand, not computed. */
class WorkCalendarTest {

    static final WorkCalendar CALENDAR = load(2025, 2026);

    static WorkCalendar load(int... years) {
        var json = new ObjectMapper().registerModule(new JavaTimeModule());
        try {
            List<HolidayArrangement> arrangements = new java.util.ArrayList<>();
            for (int year : years) {
                arrangements.add(json.readValue(
                        Path.of("seeds", "calendar", year + ".json").toFile(), HolidayArrangement.class));
            }
            return WorkCalendars.of(arrangements);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bothSeededYearsHave248WorkingDays() {
        // 1 January is a holiday in both years, so not counting it changes nothing.
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-01"), d("2025-12-31")))
                .isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(d("2026-01-01"), d("2026-12-31")))
                .isEqualTo(248);
    }

    @Test
    void springFestival2026AfterTheLastWorkdayBeforeIt() {
        // Fri 02-13; Sat 02-14 is a make-up working day; 02-15..02-23 off.
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
        assertThat(CALENDAR.workingDaysBetween(d("2026-02-13"), d("2026-02-28")))
                .isEqualTo(6);
    }

    @Test
    void springFestival2025WithMakeUpSundayAndSaturday() {
        // make-up Sun 01-26 and Sat 02-08; off 01-28..02-04.
        assertThat(CALENDAR.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
        assertThat(CALENDAR.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
        assertThat(CALENDAR.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
        assertThat(CALENDAR.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
        assertThat(CALENDAR.isWorkingDay(d("2025-02-08"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-02-04"))).isFalse();
    }

    @Test
    void labourDay2025And2026() {
        assertThat(CALENDAR.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-27"));
        assertThat(CALENDAR.addWorkingDays(d("2025-04-30"), 1)).isEqualTo(d("2025-05-06"));
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 1)).isEqualTo(d("2026-05-06"));
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 4)).isEqualTo(d("2026-05-09"));
    }

    @Test
    void nationalDay2025And2026() {
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        assertThat(CALENDAR.isWorkingDay(d("2026-09-25"))).as("Mid-Autumn 2026").isFalse();
    }

    @Test
    void acrossTheNewYear() {
        // 2026-01-01..03 off, Sun 01-04 a make-up working day.
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 20)).isEqualTo(d("2026-01-29"));
        assertThat(CALENDAR.workingDaysBetween(d("2025-12-31"), d("2026-01-09")))
                .isEqualTo(6);
    }

    @Test
    void startDayIsNotCountedEvenWhenItIsAHoliday() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-16"), 1)).isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(d("2026-02-16"), 0)).isEqualTo(d("2026-02-16"));
        assertThat(CALENDAR.addWorkingDays(d("2026-03-07"), 1))
                .as("from a Saturday")
                .isEqualTo(d("2026-03-09"));
    }

    @Test
    void remainingWorkingDaysAreNegativeWhenOverdue() {
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-10"), d("2026-03-06")))
                .isEqualTo(-2);
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-06"), d("2026-03-06")))
                .isZero();
    }

    @Test
    void calendarDayPeriodEndingOnAHolidayEndsOnTheNextWorkingDay() {
        assertThat(CALENDAR.addCalendarDays(d("2025-09-24"), 7)).isEqualTo(d("2025-10-09"));
        assertThat(CALENDAR.addCalendarDays(d("2026-02-10"), 5)).isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addCalendarDays(d("2026-03-02"), 3)).isEqualTo(d("2026-03-05"));
    }

    @Test
    void unknownYearsAreRefusedNeverGuessed() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2024-12-31")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2024");
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2026-12-30"), 5))
                .isInstanceOfSatisfying(
                        UnknownCalendarYearException.class,
                        e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("2024-12-20"), d("2025-01-10")))
                .isInstanceOf(UnknownCalendarYearException.class);
    }

    @Test
    void arrangementProblemsAreAllListed() {
        var bad = new HolidayArrangement(
                2027,
                List.of(),
                List.of(
                        new HolidayArrangement.Day("元旦", d("2026-12-31"), true),
                        new HolidayArrangement.Day("春节", d("2027-02-10"), false),
                        new HolidayArrangement.Day("", d("2027-02-10"), true)));
        assertThat(bad.problems())
                .extracting(e -> e.code())
                .containsExactlyInAnyOrder("outside-year", "make-up-day-not-weekend", "duplicate", "required");
    }
}
