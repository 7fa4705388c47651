package org.tongban.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tongban.outbox")
public interface OutboxConfig {

    /** Attempts before a delivery is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** First retry delay; each next one doubles, up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration firstBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long a claimed delivery is reserved for the instance sending it. */
    @WithDefault("60s")
    Duration claim();

    @WithDefault("5s")
    Duration requestTimeout();
}
