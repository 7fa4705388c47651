package org.tongban.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.ratelimit.RateLimitPolicy.Bucket;

/**
 * What the bucket said to one request.
 *
 * @param remaining requests that would still fit right now
 * @param reset until the bucket is full again
 * @param retryAfter refused: until one more request fits
 */
public record Decision(Bucket bucket, boolean allowed, long remaining, Duration reset, Duration retryAfter) {

    /**
     * The RateLimit header fields of draft-ietf-httpapi-ratelimit-headers (-10: {@code
     * RateLimit-Policy} with quota {@code q} and window {@code w}, {@code RateLimit} with remaining
     * {@code r} and reset {@code t}, both naming the policy), and {@code Retry-After} when refused.
     */
    public Map<String, String> headers() {
        var headers = new LinkedHashMap<String, String>();
        String policy = "\"" + bucket.policy() + "\"";
        headers.put(
                "RateLimit-Policy",
                policy + ";q=" + bucket.limit() + ";w=" + bucket.period().toSeconds());
        headers.put("RateLimit", policy + ";r=" + remaining + ";t=" + seconds(reset));
        if (!allowed) {
            headers.put("Retry-After", String.valueOf(retryAfterSeconds()));
        }
        return headers;
    }

    /** Whole seconds to wait when refused, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, seconds(retryAfter));
    }

    /** Whole seconds, rounded up: a client waiting that long is never early. */
    private static long seconds(Duration duration) {
        return duration.plusNanos(999_999_999).toSeconds();
    }
}
