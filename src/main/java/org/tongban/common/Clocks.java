package org.tongban.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the service, injected wherever "now" matters (deadlines, warnings, audit) so
 * tests can move time. Its zone is the city's: deadline dates are local dates in Asia/Shanghai.
 */
public class Clocks {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    /** The city's calendar day of a moment stored in UTC. */
    public static LocalDate cityDate(LocalDateTime utc) {
        return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(CITY_ZONE).toLocalDate();
    }

    /** Now in UTC, to the second: the form every stored moment takes. */
    public static LocalDateTime utcNow(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
