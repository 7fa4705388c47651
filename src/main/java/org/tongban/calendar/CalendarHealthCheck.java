package org.tongban.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells operators when the working-day calendar is about to run out (see {@link
 * CalendarCoverage}). Always up: a missing year refuses only the actions whose dates fall in it, so
 * taking the whole service out of rotation would refuse far more than the law requires.
 */
@Readiness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        List<Integer> known = calendars.knownYears();
        List<Integer> missing = CalendarCoverage.missingYears(known, LocalDate.now(clock));
        var builder = HealthCheckResponse.named("working-day-calendar").up().withData("knownYears", known.toString());
        if (!missing.isEmpty()) {
            builder.withData(
                    "warning",
                    String.join(
                            "; ", missing.stream().map(CalendarCoverage::notice).toList()));
        }
        return builder.build();
    }
}
