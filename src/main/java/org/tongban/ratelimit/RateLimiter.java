package org.tongban.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.tongban.ratelimit.RateLimitPolicy.Bucket;

/**
 * Charges a request to its bucket in Redis, so every instance counts against the same quota.
 *
 * <p>The algorithm is GCRA (the generic cell rate algorithm, a token bucket kept as one number): the
 * key holds the moment the bucket will be full again; a request fits when that moment, pushed on by
 * one interval ({@code period / limit}), is at most one period ahead. Unlike a fixed window it lets
 * no double burst through at a window's edge, it gives the exact wait for Retry-After, and it needs
 * one key holding one number, expiring exactly when the bucket is full again, so nothing
 * accumulates. Reading, deciding and writing must be one atomic step, so it is a Lua script (one
 * round trip); it reads Redis's clock, so the instances' clocks need not agree.
 *
 * <p>When Redis does not answer within {@code tongban.rate-limits.redis-timeout} the request passes
 * unchecked (fail open): see {@link RateLimitHealthCheck} for why.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /** KEYS[1] the bucket; ARGV[1] the limit; ARGV[2] the period in microseconds. */
    static final String GCRA = """
            local limit = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local interval = math.floor(period / limit)
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
            local full_at = now
            local stored = redis.call('GET', KEYS[1])
            if stored then full_at = math.max(tonumber(stored), now) end
            local next_full_at = full_at + interval
            if next_full_at - now > period then
              return {0, 0, full_at - now, next_full_at - period - now}
            end
            redis.call('SET', KEYS[1], string.format('%d', next_full_at), 'PX', math.ceil((next_full_at - now) / 1000))
            return {1, math.floor((period - (next_full_at - now)) / interval), next_full_at - now, 0}
            """;

    private final ReactiveRedisDataSource redis;
    private final Duration timeout;
    private final MeterRegistry registry;
    private final Counter unchecked;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    @Inject
    public RateLimiter(ReactiveRedisDataSource redis, RateLimitsConfig config, MeterRegistry registry) {
        this.redis = redis;
        this.timeout = config.redisTimeout();
        this.registry = registry;
        this.unchecked = Counter.builder("tongban.rate.limit.unchecked")
                .description("Requests let through unchecked because Redis did not answer in time")
                .register(registry);
    }

    /** Charges one request; empty when Redis did not answer, and the request passes unchecked. */
    public Uni<Optional<Decision>> charge(Bucket bucket) {
        long periodMicros = TimeUnit.NANOSECONDS.toMicros(bucket.period().toNanos());
        return redis.execute(
                        "EVAL", GCRA, "1", bucket.key(), String.valueOf(bucket.limit()), String.valueOf(periodMicros))
                .ifNoItem()
                .after(timeout)
                .fail()
                .map(reply -> Optional.of(decision(bucket, reply)))
                .invoke(this::answered)
                .onFailure()
                .recoverWithItem(this::unanswered);
    }

    /** Whether Redis answers now (for the readiness report). */
    public Uni<Boolean> reachable() {
        return redis.execute("PING")
                .ifNoItem()
                .after(timeout)
                .fail()
                .map(reply -> true)
                .onFailure()
                .recoverWithItem(false);
    }

    private Decision decision(Bucket bucket, Response reply) {
        var decision = new Decision(
                bucket,
                reply.get(0).toInteger() == 1,
                reply.get(1).toLong(),
                micros(reply.get(2).toLong()),
                micros(reply.get(3).toLong()));
        if (!decision.allowed()) {
            registry.counter("tongban.rate.limit.refused", "policy", bucket.policy())
                    .increment();
        }
        return decision;
    }

    private void answered(Optional<Decision> decision) {
        if (reachable.compareAndSet(false, true)) {
            LOG.info("Redis answers again: rate limits are enforced");
        }
    }

    private Optional<Decision> unanswered(Throwable failure) {
        unchecked.increment();
        // One warning per outage, not one per request: under load that would flood the log.
        if (reachable.compareAndSet(true, false)) {
            LOG.warnf(
                    "Redis did not answer (%s): requests pass without rate limits until it does",
                    failure.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(micros));
    }
}
