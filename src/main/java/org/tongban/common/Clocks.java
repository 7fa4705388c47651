package org.tongban.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service, injected wherever "now" matters (deadlines, warnings, audit) so
 * tests can move time. Its zone is the city's: deadline dates are local dates in Asia/Shanghai.
 */
public class Clocks {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
