package org.tongban.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.calendar.SeededCalendar.d;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;

class HolidayArrangementTest {

    @Test
    void readsAHolidayCnFileIgnoringItsSchemaProperties() throws JsonProcessingException {
        var json = """
                {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                 "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2026.json",
                 "year": 2026, "papers": ["https://www.gov.cn/example"],
                 "days": [{"name": "春节", "date": "2026-02-14", "isOffDay": false},
                          {"name": "春节", "date": "2026-02-15", "isOffDay": true}]}
                """;
        var arrangement = SeededCalendar.JSON.readValue(json, HolidayArrangement.class);
        assertThat(arrangement.year()).isEqualTo(2026);
        assertThat(arrangement.papers()).containsExactly("https://www.gov.cn/example");
        assertThat(arrangement.days())
                .containsExactly(
                        new HolidayArrangement.Day("春节", d("2026-02-14"), false),
                        new HolidayArrangement.Day("春节", d("2026-02-15"), true));
        assertThat(arrangement.problems()).isEmpty();
    }

    @Test
    void aDayWithoutIsOffDayIsRefusedNotTakenForAMakeUpDay() throws JsonProcessingException {
        var json = """
                {"year": 2026, "papers": [], "days": [{"name": "春节", "date": "2026-02-14"}]}
                """;
        var arrangement = SeededCalendar.JSON.readValue(json, HolidayArrangement.class);
        assertThat(arrangement.problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("days[0].isOffDay", "required"));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        var bad = new HolidayArrangement(
                2027,
                List.of(),
                List.of(
                        new HolidayArrangement.Day("元旦", d("2026-12-31"), true),
                        new HolidayArrangement.Day("春节", d("2027-02-10"), false),
                        new HolidayArrangement.Day("", d("2027-02-10"), true),
                        new HolidayArrangement.Day(null, null, null)));
        assertThat(bad.problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("days[0].date", "outside-year"),
                        tuple("days[1].isOffDay", "make-up-day-not-weekend"),
                        tuple("days[2].name", "required"),
                        tuple("days[2].date", "duplicate"),
                        tuple("days[3].name", "required"),
                        tuple("days[3].isOffDay", "required"),
                        tuple("days[3].date", "required"));
    }

    @Test
    void aMissingYearOrDayListIsAProblem() {
        var empty = new HolidayArrangement(0, null, null);
        assertThat(empty.problems()).extracting(FieldError::field).containsExactly("year", "days");
        var nullDay = new HolidayArrangement(2026, List.of(), Arrays.asList((HolidayArrangement.Day) null));
        assertThat(nullDay.problems()).extracting(FieldError::field).containsExactly("days[0]");
    }

    @Test
    void aHolidayOnAWeekendIsAllowed() {
        // Sat 2026-02-21 lies inside the 春节 period.
        var arrangement = new HolidayArrangement(
                2026, List.of(), List.of(new HolidayArrangement.Day("春节", d("2026-02-21"), true)));
        assertThat(arrangement.problems()).isEmpty();
    }

    @Test
    void the2025SeedIsTheOfficialTable() {
        var seed = SeededCalendar.arrangement(2025);
        assertThat(seed.problems()).isEmpty();
        assertThat(days(seed, true))
                .containsExactlyElementsOf(concat(
                        range("2025-01-01", "2025-01-01"),
                        range("2025-01-28", "2025-02-04"),
                        range("2025-04-04", "2025-04-06"),
                        range("2025-05-01", "2025-05-05"),
                        range("2025-05-31", "2025-06-02"),
                        range("2025-10-01", "2025-10-08")));
        assertThat(days(seed, false))
                .containsExactly(d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11"));
    }

    @Test
    void the2026SeedIsTheOfficialTable() {
        var seed = SeededCalendar.arrangement(2026);
        assertThat(seed.problems()).isEmpty();
        assertThat(days(seed, true))
                .containsExactlyElementsOf(concat(
                        range("2026-01-01", "2026-01-03"),
                        range("2026-02-15", "2026-02-23"),
                        range("2026-04-04", "2026-04-06"),
                        range("2026-05-01", "2026-05-05"),
                        range("2026-06-19", "2026-06-21"),
                        range("2026-09-25", "2026-09-27"),
                        range("2026-10-01", "2026-10-07")));
        assertThat(days(seed, false))
                .containsExactly(
                        d("2026-01-04"),
                        d("2026-02-14"),
                        d("2026-02-28"),
                        d("2026-05-09"),
                        d("2026-09-20"),
                        d("2026-10-10"));
    }

    private static List<LocalDate> days(HolidayArrangement arrangement, boolean offDay) {
        return arrangement.days().stream()
                .filter(day -> day.isOffDay() == offDay)
                .map(HolidayArrangement.Day::date)
                .sorted()
                .toList();
    }

    private static List<LocalDate> range(String first, String last) {
        return d(first).datesUntil(d(last).plusDays(1)).toList();
    }

    @SafeVarargs
    private static List<LocalDate> concat(List<LocalDate>... ranges) {
        List<LocalDate> all = new ArrayList<>();
        Arrays.stream(ranges).forEach(all::addAll);
        return all;
    }
}
