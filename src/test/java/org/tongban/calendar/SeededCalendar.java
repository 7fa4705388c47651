package org.tongban.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/** The seeded holiday-cn files under seeds/calendar, read as the seed importer reads them. */
final class SeededCalendar {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private SeededCalendar() {}

    static HolidayArrangement arrangement(int year) {
        try {
            return JSON.readValue(Path.of("seeds", "calendar", year + ".json").toFile(), HolidayArrangement.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkCalendar of(int... years) {
        return WorkCalendars.of(
                Arrays.stream(years).mapToObj(SeededCalendar::arrangement).toList());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
