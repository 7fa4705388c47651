package org.tongban.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.common.FieldError;

/**
 * One year's official holiday arrangement in the holiday-cn exchange shape: only the exceptions to
 * Monday–Friday, {@code isOffDay: true} for a holiday (or a weekend day inside a holiday period) and
 * {@code false} for a make-up working day (调休). Other properties of a holiday-cn file ({@code
 * $schema}, {@code $id}) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(additionalProperties = Schema.True.class)
public record HolidayArrangement(
        int year,
        @Size(max = 20) List<@Size(max = 500) String> papers,
        @Size(max = 100) List<@Valid Day> days) {

    /** {@code isOffDay} is boxed so that a file leaving it out is refused, not read as a make-up day. */
    public record Day(
            @Size(max = 60) String name,
            LocalDate date,
            @JsonProperty("isOffDay") Boolean isOffDay) {}

    /** Every problem with the file at once; empty when it can be imported. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(new FieldError("year", "out-of-range", "calendars.year-out-of-range", 2000, 2100));
        }
        if (days == null) {
            problems.add(new FieldError("days", "required", "calendars.days-required"));
            return problems;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            String field = "days[" + i + "]";
            if (day == null) {
                problems.add(new FieldError(field, "required", "calendars.day-required"));
                continue;
            }
            if (day.name() == null || day.name().isBlank()) {
                problems.add(new FieldError(field + ".name", "required", "calendars.name-required"));
            }
            if (day.isOffDay() == null) {
                problems.add(new FieldError(field + ".isOffDay", "required", "calendars.is-off-day-required"));
            }
            if (day.date() == null) {
                problems.add(new FieldError(field + ".date", "required", "calendars.date-required"));
                continue;
            }
            if (day.date().getYear() != year) {
                problems.add(
                        new FieldError(field + ".date", "outside-year", "calendars.outside-year", day.date(), year));
            }
            if (!seen.add(day.date())) {
                problems.add(new FieldError(field + ".date", "duplicate", "calendars.listed-twice", day.date()));
            }
            if (Boolean.FALSE.equals(day.isOffDay()) && !isWeekend(day.date())) {
                problems.add(new FieldError(
                        field + ".isOffDay",
                        "make-up-day-not-weekend",
                        "calendars.make-up-day-not-weekend",
                        day.date(),
                        day.date().getDayOfWeek()));
            }
        }
        return problems;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
