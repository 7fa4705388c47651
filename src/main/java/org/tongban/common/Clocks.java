package org.tongban.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
