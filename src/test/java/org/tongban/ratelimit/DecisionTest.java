package org.tongban.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tongban.ratelimit.RateLimitPolicy.Bucket;

class DecisionTest {

    private static final Bucket KIOSK = new Bucket("kiosk", 120, Duration.ofMinutes(1), "k");

    @Test
    void anAllowedRequestIsToldWhatIsLeftAndWhenTheQuotaIsWhole() {
        var decision = new Decision(KIOSK, true, 117, Duration.ofMillis(1500), Duration.ZERO);
        assertThat(decision.headers())
                .containsExactly(
                        entry("RateLimit-Policy", "\"kiosk\";q=120;w=60"), entry("RateLimit", "\"kiosk\";r=117;t=2"));
    }

    @Test
    void aRefusedRequestIsToldWhenToComeBackNeverEarly() {
        var decision = new Decision(KIOSK, false, 0, Duration.ofSeconds(60), Duration.ofMillis(200));
        assertThat(decision.headers())
                .containsEntry("RateLimit", "\"kiosk\";r=0;t=60")
                .containsEntry("Retry-After", "1");
        assertThat(new Decision(KIOSK, false, 0, Duration.ofSeconds(60), Duration.ofMillis(30_001)).headers())
                .containsEntry("Retry-After", "31");
    }
}
