package org.tongban.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tongban.common.Clocks;

/**
 * The service's clock during tests: it starts on a fixed working Monday in the seeded calendar
 * years, and tests move it to see deadlines pass. Replaces the system clock for the whole test run.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 30);

    private volatile Instant now = START.atZone(Clocks.CITY_ZONE).toInstant();

    public void set(LocalDateTime local) {
        now = local.atZone(Clocks.CITY_ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        set(START);
    }

    @Override
    public ZoneId getZone() {
        return Clocks.CITY_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
