package org.tongban.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The abuse limits ({@code tongban.rate-limits.*}). Every request counts against exactly one quota,
 * chosen by {@link RateLimitPolicy}; the quotas' values live in {@code application.properties}.
 */
@ConfigMapping(prefix = "tongban.rate-limits")
public interface RateLimitsConfig {

    /** The one switch: false lets every request through unchecked (benchmarks). */
    @WithDefault("true")
    boolean enabled();

    /** Prefix of every Redis key the limits write, so they share a Redis with other uses. */
    @WithDefault("tongban:rl:")
    String keyPrefix();

    /** How long a request waits for Redis before it passes unchecked (Redis down or slow). */
    @WithDefault("250ms")
    Duration redisTimeout();

    /** Requests without a token, per client address (IPv6 per /64). */
    Quota anonymous();

    /** Requests of a signed-in person (citizen or staff), per account. */
    Quota person();

    /** Applications and bundles a person submits, per account. */
    Quota personSubmissions();

    /** Requests of a kiosk or partner outlet acting for citizens, per device (its client). */
    Quota kiosk();

    /** Applications and bundles a kiosk or partner outlet submits, per device. */
    Quota kioskSubmissions();

    /**
     * {@code limit} requests at once at most, refilled evenly over {@code period}: one more every
     * {@code period / limit}.
     */
    interface Quota {

        int limit();

        Duration period();
    }
}
