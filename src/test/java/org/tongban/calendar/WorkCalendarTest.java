package org.tongban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.calendar.SeededCalendar.d;

import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every expected date and count is read off the State Council's tables in domain.md §3 by hand,
 * with the weekday written next to it, never computed by the code under test.
 */
class WorkCalendarTest {

    static final WorkCalendar CALENDAR = SeededCalendar.of(2025, 2026);

    @Test
    void makeUpWeekendDaysAreWorkingDaysAndHolidayWeekdaysAreNot() {
        assertThat(CALENDAR.isWorkingDay(d("2025-01-26"))).as("Sun, 春节 make-up").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-01-25"))).as("Sat, ordinary").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-01-28"))).as("Tue, 春节").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-02-04")))
                .as("Tue, last day of 春节")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-02-05")))
                .as("Wed, back to work")
                .isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-02-08"))).as("Sat, 春节 make-up").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-02-09"))).as("Sun, ordinary").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-10-08")))
                .as("Wed, 国庆 last day")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-01-04"))).as("Sun, 元旦 make-up").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-02-14"))).as("Sat, 春节 make-up").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-02-23"))).as("Mon, 春节").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-02-28"))).as("Sat, 春节 make-up").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-09-25"))).as("Fri, 中秋").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2026-03-04"))).as("Wed, ordinary").isTrue();
    }

    @Test
    void bothSeededYearsHave248WorkingDays() {
        // 1 January is a holiday in both years, so leaving it out (start not counted) changes nothing.
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-01"), d("2025-12-31")))
                .isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(d("2026-01-01"), d("2026-12-31")))
                .isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-01"), d("2026-12-31")))
                .isEqualTo(496);
    }

    @Test
    void workingDaysInAHolidayMonth() {
        // Feb 2026: 20 weekdays, 6 of them off (16-20, 23), plus make-up Sat 14 and Sat 28.
        assertThat(CALENDAR.workingDaysBetween(d("2026-01-31"), d("2026-02-28")))
                .isEqualTo(16);
        // Oct 2025: 23 weekdays, 6 of them off (1-3, 6-8), plus make-up Sat 11.
        assertThat(CALENDAR.workingDaysBetween(d("2025-09-30"), d("2025-10-31")))
                .isEqualTo(18);
    }

    @Test
    void springFestival2026AcceptedOnTheLastWorkdayBeforeIt() {
        // Fri 02-13; Sat 02-14 make-up; 02-15..02-23 off; Sat 02-28 make-up.
        var friday = d("2026-02-13");
        assertThat(CALENDAR.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(CALENDAR.addWorkingDays(friday, 1)).isEqualTo(d("2026-02-14"));
        assertThat(CALENDAR.addWorkingDays(friday, 2)).isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(friday, 3)).isEqualTo(d("2026-02-25"));
        assertThat(CALENDAR.addWorkingDays(friday, 6)).as("make-up Sat").isEqualTo(d("2026-02-28"));
        assertThat(CALENDAR.addWorkingDays(friday, 7)).as("Sun 03-01 skipped").isEqualTo(d("2026-03-02"));
        // Art. 42's 20 days: 14, 24-28, 3/2-6, 9-13, 16-19.
        assertThat(CALENDAR.addWorkingDays(friday, 20)).isEqualTo(d("2026-03-19"));
        assertThat(CALENDAR.workingDaysBetween(friday, d("2026-02-23"))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(friday, d("2026-02-28"))).isEqualTo(6);
    }

    @Test
    void springFestival2025WithMakeUpSundayAndSaturday() {
        // Fri 01-24; Sat 01-25 rest; Sun 01-26 make-up; 01-28..02-04 off; Sat 02-08 make-up.
        var friday = d("2025-01-24");
        assertThat(CALENDAR.addWorkingDays(friday, 1)).isEqualTo(d("2025-01-26"));
        assertThat(CALENDAR.addWorkingDays(friday, 2)).isEqualTo(d("2025-01-27"));
        assertThat(CALENDAR.addWorkingDays(friday, 3)).isEqualTo(d("2025-02-05"));
        assertThat(CALENDAR.addWorkingDays(friday, 6)).isEqualTo(d("2025-02-08"));
        assertThat(CALENDAR.addWorkingDays(friday, 7)).isEqualTo(d("2025-02-10"));
        assertThat(CALENDAR.workingDaysBetween(friday, d("2025-02-10"))).isEqualTo(7);
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-27"), d("2025-02-04")))
                .as("the whole holiday")
                .isZero();
    }

    @Test
    void labourDay2025() {
        // Fri 04-25; Sun 04-27 make-up; 05-01 (Thu)..05-05 (Mon) off.
        assertThat(CALENDAR.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-27"));
        assertThat(CALENDAR.addWorkingDays(d("2025-04-25"), 4)).isEqualTo(d("2025-04-30"));
        assertThat(CALENDAR.addWorkingDays(d("2025-04-25"), 5)).isEqualTo(d("2025-05-06"));
        assertThat(CALENDAR.addWorkingDays(d("2025-04-30"), 1)).isEqualTo(d("2025-05-06"));
        assertThat(CALENDAR.workingDaysBetween(d("2025-04-25"), d("2025-05-06")))
                .isEqualTo(5);
    }

    @Test
    void labourDay2026() {
        // Thu 04-30; 05-01 (Fri)..05-05 (Tue) off; Sat 05-09 make-up; Sun 05-10 rest.
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 1)).isEqualTo(d("2026-05-06"));
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 3)).isEqualTo(d("2026-05-08"));
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 4)).isEqualTo(d("2026-05-09"));
        assertThat(CALENDAR.addWorkingDays(d("2026-04-30"), 5)).isEqualTo(d("2026-05-11"));
        assertThat(CALENDAR.workingDaysBetween(d("2026-04-30"), d("2026-05-10")))
                .isEqualTo(4);
    }

    @Test
    void nationalDay2025() {
        // Fri 09-26; Sun 09-28 make-up; 10-01 (Wed)..10-08 (Wed) off; Sat 10-11 make-up.
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 3)).isEqualTo(d("2025-09-30"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 4)).isEqualTo(d("2025-10-09"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 6)).isEqualTo(d("2025-10-11"));
        assertThat(CALENDAR.addWorkingDays(d("2025-09-26"), 7)).isEqualTo(d("2025-10-13"));
        assertThat(CALENDAR.workingDaysBetween(d("2025-09-26"), d("2025-10-11")))
                .isEqualTo(6);
        assertThat(CALENDAR.workingDaysBetween(d("2025-09-30"), d("2025-10-08")))
                .isZero();
    }

    @Test
    void midAutumnAndNationalDay2026() {
        // Fri 09-18; Sun 09-20 make-up; 09-25 (Fri)..09-27 off; 10-01 (Thu)..10-07 (Wed) off; Sat 10-10 make-up.
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 5)).isEqualTo(d("2026-09-24"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 6)).isEqualTo(d("2026-09-28"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 8)).isEqualTo(d("2026-09-30"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 9)).isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 11)).isEqualTo(d("2026-10-10"));
        assertThat(CALENDAR.addWorkingDays(d("2026-09-18"), 12)).isEqualTo(d("2026-10-12"));
        assertThat(CALENDAR.workingDaysBetween(d("2026-09-18"), d("2026-10-12")))
                .isEqualTo(12);
    }

    @Test
    void acrossTheNewYearFrom2025To2026() {
        // Wed 2025-12-31 works; 2026-01-01 (Thu)..01-03 off; Sun 01-04 make-up.
        assertThat(CALENDAR.addWorkingDays(d("2025-12-30"), 1)).isEqualTo(d("2025-12-31"));
        assertThat(CALENDAR.addWorkingDays(d("2025-12-30"), 2)).isEqualTo(d("2026-01-04"));
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
        // 01-04, 5-9, 12-16, 19-23, 26-29.
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 20)).isEqualTo(d("2026-01-29"));
        assertThat(CALENDAR.workingDaysBetween(d("2025-12-31"), d("2026-01-09")))
                .isEqualTo(6);
        // 2025-01-01 (Wed) is 元旦.
        assertThat(CALENDAR.addWorkingDays(d("2025-01-01"), 1)).isEqualTo(d("2025-01-02"));
    }

    @Test
    void theStartDayIsNeverCountedWhetherItWorksOrNot() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-16"), 1))
                .as("from a holiday")
                .isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(d("2026-02-14"), 1))
                .as("from a make-up Sat")
                .isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(d("2026-03-07"), 1)).as("from a Sat").isEqualTo(d("2026-03-09"));
        assertThat(CALENDAR.addWorkingDays(d("2025-01-25"), 1)).as("from a Sat").isEqualTo(d("2025-01-26"));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayEvenOnAHoliday() {
        assertThat(CALENDAR.addWorkingDays(d("2026-02-16"), 0)).isEqualTo(d("2026-02-16"));
        assertThat(CALENDAR.addWorkingDays(d("2026-03-07"), 0)).isEqualTo(d("2026-03-07"));
    }

    @Test
    void remainingWorkingDaysCountDownToZeroAndGoNegativeWhenOverdue() {
        var due = d("2026-03-06"); // Fri
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-04"), due)).isEqualTo(2);
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-05"), due)).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(due, due)).isZero();
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-09"), due)).as("Mon").isEqualTo(-1);
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-10"), due)).as("Tue").isEqualTo(-2);
        // The documented trap: the Saturday after the due date still gives 0, though it is overdue.
        assertThat(CALENDAR.workingDaysBetween(d("2026-03-07"), due)).isZero();
    }

    @Test
    void overdueAcrossAHolidayCountsOnlyWorkingDays() {
        // Due Fri 2026-02-13; on Tue 02-24 the make-up Sat 02-14 and 02-24 have passed.
        assertThat(CALENDAR.workingDaysBetween(d("2026-02-24"), d("2026-02-13")))
                .isEqualTo(-2);
        assertThat(CALENDAR.workingDaysBetween(d("2026-02-13"), d("2026-02-24")))
                .isEqualTo(2);
    }

    @Test
    void aCalendarDayPeriodEndingOnAWorkingDayEndsThere() {
        assertThat(CALENDAR.addCalendarDays(d("2026-03-02"), 3)).isEqualTo(d("2026-03-05"));
        assertThat(CALENDAR.addCalendarDays(d("2026-02-09"), 5))
                .as("make-up Sat")
                .isEqualTo(d("2026-02-14"));
        assertThat(CALENDAR.addCalendarDays(d("2026-02-16"), 0))
                .as("0 days, on a holiday")
                .isEqualTo(d("2026-02-16"));
    }

    @Test
    void aCalendarDayPeriodEndingOnAHolidayOrRestDayEndsOnTheNextWorkingDay() {
        assertThat(CALENDAR.addCalendarDays(d("2025-09-24"), 7)).as("10-01 off").isEqualTo(d("2025-10-09"));
        assertThat(CALENDAR.addCalendarDays(d("2026-02-10"), 5)).as("02-15 off").isEqualTo(d("2026-02-24"));
        assertThat(CALENDAR.addCalendarDays(d("2026-09-17"), 20))
                .as("10-07 off")
                .isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.addCalendarDays(d("2026-03-02"), 5)).as("Sat 03-07").isEqualTo(d("2026-03-09"));
        // Ends on Sat 2026-01-03 (元旦); the next day is the make-up Sunday.
        assertThat(CALENDAR.addCalendarDays(d("2025-12-29"), 5)).isEqualTo(d("2026-01-04"));
    }

    @Test
    void aPauseSpanningSpringFestivalIsAddedBack() {
        // Accepted Mon 2026-02-09 with 5 working days: 10, 11, 12, 13, make-up Sat 14.
        var due = CALENDAR.addWorkingDays(d("2026-02-09"), 5);
        assertThat(due).isEqualTo(d("2026-02-14"));
        // Expert review ordered Thu 02-12, reported Wed 02-25: 13, 14, 24, 25 are not counted.
        int paused = CALENDAR.pausedWorkingDays(d("2026-02-12"), d("2026-02-25"));
        assertThat(paused).isEqualTo(4);
        // Counted: 10, 11, 12, then 26, 27.
        assertThat(CALENDAR.extendByPause(due, paused)).isEqualTo(d("2026-02-27"));
    }

    @Test
    void pauseEdges() {
        // Mon 2025-09-29 to Fri 10-10: 30, 10-09, 10-10.
        assertThat(CALENDAR.pausedWorkingDays(d("2025-09-29"), d("2025-10-10"))).isEqualTo(3);
        assertThat(CALENDAR.pausedWorkingDays(d("2026-03-04"), d("2026-03-04"))).isZero();
        assertThat(CALENDAR.extendByPause(d("2026-03-04"), 0)).isEqualTo(d("2026-03-04"));
        assertThatThrownBy(() -> CALENDAR.pausedWorkingDays(d("2026-03-04"), d("2026-03-03")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.extendByPause(d("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.addCalendarDays(d("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesIn2024AreRefusedNamingTheYear() {
        assertUnknown(() -> CALENDAR.isWorkingDay(d("2024-12-31")), 2024);
        assertUnknown(() -> CALENDAR.addWorkingDays(d("2024-12-31"), 1), 2024);
        assertUnknown(() -> CALENDAR.addWorkingDays(d("2024-12-31"), 0), 2024);
        assertUnknown(() -> CALENDAR.addCalendarDays(d("2024-12-30"), 5), 2024);
        assertUnknown(() -> CALENDAR.workingDaysBetween(d("2024-12-20"), d("2025-01-10")), 2024);
        assertUnknown(() -> CALENDAR.workingDaysBetween(d("2025-01-10"), d("2024-12-20")), 2024);
    }

    @Test
    void walkingPastTheEndOf2026IsRefusedNaming2027() {
        // Thu 12-31 is the first working day, then 2027 is reached.
        assertUnknown(() -> CALENDAR.addWorkingDays(d("2026-12-30"), 2), 2027);
        assertThat(CALENDAR.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2026-12-31"));
        assertUnknown(() -> CALENDAR.isWorkingDay(d("2027-01-04")), 2027);
        assertUnknown(() -> CALENDAR.addWorkingDays(d("2027-01-04"), 0), 2027);
        assertUnknown(() -> CALENDAR.addCalendarDays(d("2026-12-20"), 15), 2027);
        assertUnknown(() -> CALENDAR.workingDaysBetween(d("2026-12-01"), d("2027-01-10")), 2027);
        assertUnknown(() -> CALENDAR.pausedWorkingDays(d("2026-12-28"), d("2027-01-05")), 2027);
    }

    @Test
    void aRangeOverSeveralUnknownYearsNamesThemAll() {
        assertUnknown(() -> CALENDAR.workingDaysBetween(d("2024-06-01"), d("2027-06-01")), 2024, 2027);
        var withAGap = new WorkCalendar(Set.of(2025, 2027), Map.of());
        assertUnknown(() -> withAGap.workingDaysBetween(d("2025-12-01"), d("2027-01-10")), 2026);
    }

    @Test
    void theArt203ShiftStopsAtTheEndOfTheKnownYears() {
        var endsOnAnOffDay = new WorkCalendar(Set.of(2026), Map.of(d("2026-12-31"), true));
        assertUnknown(() -> endsOnAnOffDay.addCalendarDays(d("2026-12-30"), 1), 2027);
    }

    @Test
    void aWideRangeNamesOnlyTheFirstUnknownYearsAndCountsTheRest() {
        assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("0001-01-01"), d("9999-12-31")))
                .isInstanceOfSatisfying(
                        UnknownCalendarYearException.class,
                        e -> assertThat(e.years()).containsExactly(1, 2, 3, 4, 5))
                .hasMessageContaining("1, 2, 3, 4, 5 and 9992 more years");
    }

    @Test
    void anExceptionOutsideTheKnownYearsIsRefused() {
        assertThatThrownBy(() -> new WorkCalendar(Set.of(2026), Map.of(d("2027-01-01"), true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-01-01");
    }

    private static void assertUnknown(ThrowingCallable call, Integer... years) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UnknownCalendarYearException.class,
                        e -> assertThat(e.years()).containsExactly(years))
                .hasMessageContaining(String.valueOf(years[0]));
    }
}
