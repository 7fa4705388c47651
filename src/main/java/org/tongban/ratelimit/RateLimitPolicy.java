package org.tongban.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Which quota a request counts against: exactly one, by who sends it and whether it submits. A
 * kiosk serves one citizen at a time, so its quotas are stricter than a person's; anonymous
 * requests are counted per client address.
 */
@ApplicationScoped
public class RateLimitPolicy {

    private static final Duration SHORTEST_PERIOD = Duration.ofSeconds(1);

    private final RateLimitsConfig config;

    @Inject
    public RateLimitPolicy(RateLimitsConfig config) {
        this.config = config;
        if (config.enabled()) {
            check("anonymous", config.anonymous());
            check("person", config.person());
            check("person-submissions", config.personSubmissions());
            check("kiosk", config.kiosk());
            check("kiosk-submissions", config.kioskSubmissions());
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The bucket this request is charged to; none when limits are switched off. */
    public Optional<Bucket> bucketFor(Requester requester, boolean submission) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (requester) {
                    case Requester.Anonymous anonymous -> bucket("anonymous", config.anonymous(), anonymous);
                    case Requester.Person person ->
                        submission
                                ? bucket("person-submissions", config.personSubmissions(), person)
                                : bucket("person", config.person(), person);
                    case Requester.Device device ->
                        submission
                                ? bucket("kiosk-submissions", config.kioskSubmissions(), device)
                                : bucket("kiosk", config.kiosk(), device);
                });
    }

    private Bucket bucket(String policy, RateLimitsConfig.Quota quota, Requester requester) {
        return new Bucket(policy, quota.limit(), quota.period(), config.keyPrefix() + policy + ":" + requester.key());
    }

    private static void check(String policy, RateLimitsConfig.Quota quota) {
        if (quota.limit() < 1 || quota.period().compareTo(SHORTEST_PERIOD) < 0) {
            throw new IllegalArgumentException("tongban.rate-limits." + policy
                    + " needs a limit of at least 1 and a period of at least 1s, not " + quota.limit() + " per "
                    + quota.period());
        }
    }

    /**
     * One requester's quota under one policy, stored in Redis under {@code key}.
     *
     * @param policy the policy's name, as the RateLimit headers name it
     */
    public record Bucket(String policy, int limit, Duration period, String key) {}
}
