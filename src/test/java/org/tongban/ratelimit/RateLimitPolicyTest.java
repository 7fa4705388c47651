package org.tongban.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tongban.ratelimit.RateLimitPolicy.Bucket;

class RateLimitPolicyTest {

    private final RateLimitPolicy policy = new RateLimitPolicy(Limits.of(
            "p:",
            "anonymous",
            "300/1m",
            "person",
            "600/1m",
            "person-submissions",
            "30/1h",
            "kiosk",
            "120/1m",
            "kiosk-submissions",
            "12/1h"));

    @Test
    void anonymousRequestsCountPerAddress() {
        assertThat(policy.bucketFor(new Requester.Anonymous("203.0.113.7"), false))
                .contains(new Bucket("anonymous", 300, Duration.ofMinutes(1), "p:anonymous:ip:203.0.113.7"));
    }

    @Test
    void aPersonsSubmissionsCountApartFromTheirOtherRequests() {
        var person = new Requester.Person("5f1c");
        assertThat(policy.bucketFor(person, false))
                .contains(new Bucket("person", 600, Duration.ofMinutes(1), "p:person:user:5f1c"));
        assertThat(policy.bucketFor(person, true))
                .contains(new Bucket("person-submissions", 30, Duration.ofHours(1), "p:person-submissions:user:5f1c"));
    }

    @Test
    void aKioskCountsPerDevice() {
        var kiosk = new Requester.Device("kiosk-demo-01");
        assertThat(policy.bucketFor(kiosk, false))
                .contains(new Bucket("kiosk", 120, Duration.ofMinutes(1), "p:kiosk:device:kiosk-demo-01"));
        assertThat(policy.bucketFor(kiosk, true))
                .contains(new Bucket(
                        "kiosk-submissions", 12, Duration.ofHours(1), "p:kiosk-submissions:device:kiosk-demo-01"));
    }

    @Test
    void switchedOffNothingIsCounted() {
        var off = new RateLimitPolicy(Limits.of("p:", "enabled", "false", "anonymous", "1/1m"));
        assertThat(off.enabled()).isFalse();
        assertThat(off.bucketFor(new Requester.Anonymous("203.0.113.7"), false)).isEmpty();
        assertThat(off.bucketFor(new Requester.Device("kiosk-demo-01"), true)).isEmpty();
    }

    @Test
    void aQuotaNeedsAtLeastOneRequestAndOneSecond() {
        assertThatThrownBy(() -> new RateLimitPolicy(Limits.of("p:", "kiosk", "0/1m")))
                .hasMessageContaining("tongban.rate-limits.kiosk needs a limit of at least 1");
        assertThatThrownBy(() -> new RateLimitPolicy(Limits.of("p:", "anonymous", "10/10ms")))
                .hasMessageContaining("tongban.rate-limits.anonymous");
    }

    @Test
    void theShippedLimitsAreStricterForAKioskThanForAPerson() throws IOException {
        RateLimitsConfig shipped = shipped("prod");
        assertThat(shipped.enabled()).isTrue();
        assertThat(shipped.keyPrefix()).isEqualTo("tongban:rl:");
        assertThat(perHour(shipped.kiosk())).isLessThan(perHour(shipped.person()));
        assertThat(perHour(shipped.kioskSubmissions())).isLessThan(perHour(shipped.personSubmissions()));
        assertThat(shipped.kioskSubmissions().limit())
                .isLessThan(shipped.personSubmissions().limit());
    }

    @Test
    void testsRunWithLimitsNoOtherTestReaches() throws IOException {
        RateLimitsConfig test = shipped("test");
        assertThat(test.enabled()).isTrue();
        assertThat(test.kioskSubmissions().limit()).isGreaterThanOrEqualTo(100_000);
        assertThat(test.anonymous().limit()).isGreaterThanOrEqualTo(100_000);
    }

    private static double perHour(RateLimitsConfig.Quota quota) {
        return quota.limit() * 3600.0 / quota.period().toSeconds();
    }

    private static RateLimitsConfig shipped(String profile) throws IOException {
        return Limits.read(new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        RateLimitPolicyTest.class.getResource("/application.properties"), 250)));
    }
}
