package org.tongban.ratelimit;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Rate limits read the way the service reads them, for tests that need their own. */
final class Limits {

    private static final String[] POLICIES = {"anonymous", "person", "person-submissions", "kiosk", "kiosk-submissions"
    };

    private Limits() {}

    /**
     * Every quota generous (1000 per minute) except those given, e.g. {@code "kiosk", "3/1m"};
     * {@code "enabled", "false"} switches them off.
     */
    static RateLimitsConfig of(String keyPrefix, String... settings) {
        var properties = new HashMap<String, String>();
        properties.put("tongban.rate-limits.key-prefix", keyPrefix);
        properties.put("tongban.rate-limits.redis-timeout", "5s"); // a loaded test machine is no outage
        for (String policy : POLICIES) {
            quota(properties, policy, "1000/1m");
        }
        for (int i = 0; i < settings.length; i += 2) {
            if (settings[i].equals("enabled")) {
                properties.put("tongban.rate-limits.enabled", settings[i + 1]);
            } else {
                quota(properties, settings[i], settings[i + 1]);
            }
        }
        return read(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.copyOf(properties), "test limits", 500)));
    }

    /** As Quarkus reads it: durations such as {@code 1m} included. */
    static RateLimitsConfig read(SmallRyeConfigBuilder sources) {
        return sources.withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(RateLimitsConfig.class)
                .build()
                .getConfigMapping(RateLimitsConfig.class);
    }

    private static void quota(Map<String, String> properties, String policy, String quota) {
        String[] parts = quota.split("/");
        properties.put("tongban.rate-limits." + policy + ".limit", parts[0]);
        properties.put("tongban.rate-limits." + policy + ".period", parts[1]);
    }
}
