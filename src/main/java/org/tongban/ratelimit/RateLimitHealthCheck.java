package org.tongban.ratelimit;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the rate limits are enforced, and never takes the service out of rotation.
 *
 * <p>Without Redis the limits fail open: requests pass unchecked, a warning is logged once per
 * outage, and {@code tongban_rate_limit_unchecked_total} counts them. A government front door that
 * turned away every citizen, kiosk and clerk because the abuse counter is down would do more harm
 * than the abuse it guards against, and the service stays bounded without it (body size, bounded
 * lists and rules, the database pool). So this check stays UP (DOWN would make Kubernetes drop
 * every instance at once) and says {@code degraded} in its data, for the operators' alert.
 */
@Readiness
@ApplicationScoped
public class RateLimitHealthCheck implements AsyncHealthCheck {

    private final RateLimitPolicy policy;
    private final RateLimiter limiter;

    @Inject
    public RateLimitHealthCheck(RateLimitPolicy policy, RateLimiter limiter) {
        this.policy = policy;
        this.limiter = limiter;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        var report = HealthCheckResponse.named("rate-limits").up();
        if (!policy.enabled()) {
            return Uni.createFrom()
                    .item(report.withData("state", "off (tongban.rate-limits.enabled=false)")
                            .build());
        }
        return limiter.reachable()
                .map(reachable -> reachable
                        ? report.withData("state", "enforced").build()
                        : report.withData("state", "degraded: Redis does not answer, requests pass unlimited")
                                .build());
    }
}
