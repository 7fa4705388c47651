package org.tongban.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tongban.calendar.HolidayArrangement;
import org.tongban.calendar.WorkCalendars;
import org.tongban.cases.clock.CaseClock;
import org.tongban.catalog.Limit;
import org.tongban.catalog.LimitUnit;

/**
 * One deadline (issue 12's target: at most 5 µs): 20 working days from a start day that moves
 * through the seeded years, across weekends, holidays and make-up days, with the seeded calendar
 * read as the service reads it (the packaged seeds/calendar files).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeadlineBenchmark {

    private static final Limit TWENTY_WORKING_DAYS = new Limit(20, LimitUnit.WORKING_DAYS);

    private CaseClock clock;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() throws IOException {
        var json = new ObjectMapper().registerModule(new JavaTimeModule());
        List<HolidayArrangement> years = new ArrayList<>();
        for (int year : new int[] {2025, 2026}) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/calendar/" + year + ".json")) {
                years.add(json.readValue(in, HolidayArrangement.class));
            }
        }
        clock = new CaseClock(WorkCalendars.of(years));
        // Start days over the first eleven months, so that 20 working days stay in the known years.
        starts = new LocalDate[330];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2026, 1, 1).plusDays(i);
        }
    }

    @Benchmark
    public LocalDate oneDeadline() {
        LocalDate start = starts[next];
        next = next + 1 == starts.length ? 0 : next + 1;
        return clock.due(start, TWENTY_WORKING_DAYS);
    }
}
