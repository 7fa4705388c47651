package org.tongban.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * How long a claimed delivery is reserved for the instance sending it. A batch's sends run side
     * by side and each is cut off after {@link #requestTimeout()}, so the claim must be at least
     * three request timeouts long (checked at startup).
     */
    @WithDefault("60s")
    Duration claim();

    /** The most one send may take, name lookup, connection and answer together. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** Text messages at most per application, whatever happens to it (no SMS flood to one phone). */
    @WithDefault("5")
    int smsPerApplication();

    Webhooks webhooks();

    /** Where webhooks may be sent: see {@link WebhookAddressPolicy}. */
    interface Webhooks {

        /** Accept http:// receivers too. Only for local tests: production requires https. */
        @WithDefault("false")
        boolean allowPlainHttp();

        /** Accept receivers on public addresses (the normal case); tests turn it off. */
        @WithDefault("true")
        boolean allowPublicAddresses();

        /** The city's internal receivers, in CIDR notation, accepted though private (10.20.0.0/16). */
        Optional<List<String>> internalNetworks();
    }
}
