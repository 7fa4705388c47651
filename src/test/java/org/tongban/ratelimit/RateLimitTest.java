package org.tongban.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.common.Problem;
import org.tongban.testing.Api;
import org.tongban.testing.Tokens;

/**
 * The limits through the real filter, the real Redis and real tokens. Each test installs low
 * limits for itself (QuarkusMock swaps the policy for that test only, no restart) under bucket
 * keys of its own, so no other request of the run counts in them.
 */
@QuarkusTest
class RateLimitTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String STATE = "checks.find { it.name == 'rate-limits' }.data.state";

    @Inject
    RateLimitsConfig service;

    @Inject
    ReactiveRedisDataSource redis;

    /** A Redis client configured (in %test) for a port where nothing listens. */
    @Inject
    @RedisClientName("unreachable")
    ReactiveRedisDataSource unreachable;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/api/v1/districts")
    URL districts;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String keys;

    @BeforeEach
    void keysOfThisTestAlone() {
        keys = service.keyPrefix() + UUID.randomUUID() + ":";
    }

    @Test
    void aCitizensSubmissionsOverTheQuotaAreRefusedWhileTheirReadsAndOthersGoOn() {
        limits("person-submissions", "2/1h");
        submit("citizen-chen", Api.rentWithdrawal(1500)) // approved on the spot: no open case left behind
                .statusCode(201)
                .header("RateLimit-Policy", "\"person-submissions\";q=2;w=3600")
                .header("RateLimit", startsWith("\"person-submissions\";r=1;"));
        submit("citizen-chen", Api.rentWithdrawal(1500))
                .statusCode(201)
                .header("RateLimit", startsWith("\"person-submissions\";r=0;"));
        submit("citizen-chen", Api.rentWithdrawal(1500))
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/applications"))
                .header("RateLimit-Policy", "\"person-submissions\";q=2;w=3600")
                .header("RateLimit", startsWith("\"person-submissions\";r=0;t="))
                // one more fits half an hour on (3600 s / 2), less the seconds the submissions took
                .header("Retry-After", Integer::parseInt, between(1700, 1800));

        Api.as("citizen-chen")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", startsWith("\"person\";"));
        // Another citizen's submissions count in their own bucket.
        var lins = Api.rentWithdrawal(1500);
        lins.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:350203198806152465"),
                        Map.of("code", "bank-card", "reference", "PAPER")));
        submit("citizen-lin", lins).statusCode(201).header("RateLimit", startsWith("\"person-submissions\";r=1;"));
    }

    @Test
    void aKioskIsLimitedPerDeviceAndItsCountLivesInRedis() {
        RateLimitPolicy policy = limits("kiosk", "3/1m");
        var device =
                policy.bucketFor(new Requester.Device("kiosk-demo-01"), false).orElseThrow();
        // A second instance of the service, sharing the Redis, serves the kiosk twice.
        var otherInstance = new RateLimiter(redis, Limits.of(keys), new SimpleMeterRegistry());
        assertThat(otherInstance.charge(device).await().atMost(WAIT))
                .hasValueSatisfying(d -> assertThat(d.remaining()).isEqualTo(2));
        assertThat(otherInstance.charge(device).await().atMost(WAIT))
                .hasValueSatisfying(d -> assertThat(d.remaining()).isEqualTo(1));

        asKiosk().then().statusCode(200).header("RateLimit", startsWith("\"kiosk\";r=0;"));
        asKiosk()
                .then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/too-many-requests"))
                .header("RateLimit-Policy", "\"kiosk\";q=3;w=60")
                .header("Retry-After", Integer::parseInt, between(1, 20));
        long expiresIn = redis.key().pttl(device.key()).await().atMost(WAIT);
        assertThat(expiresIn).as("milliseconds until the key expires").isBetween(1L, 60_000L);

        // A partner outlet is another device, with its own quota.
        given().auth()
                .oauth2(Tokens.clientCredentials("outlet-demo-post-haicang", "demo-outlet-secret"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("actingClient", equalTo("outlet-demo-post-haicang"))
                .header("RateLimit", startsWith("\"kiosk\";r=2;"));
    }

    @Test
    void anonymousReadsCountPerClientAddressWhateverTheClientClaims() throws Exception {
        limits("anonymous", "3/1m");
        for (int i = 2; i >= 0; i--) {
            given().get(districts).then().statusCode(200).header("RateLimit", startsWith("\"anonymous\";r=" + i + ";"));
        }
        // X-Forwarded-For is not trusted unless a proxy is configured: it does not open a new bucket.
        given().header("X-Forwarded-For", "198.51.100.7")
                .get(districts)
                .then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("RateLimit-Policy", "\"anonymous\";q=3;w=60")
                .header("Retry-After", Integer::parseInt, between(1, 20));

        // Another client address (127.0.0.2 is loopback too) has its own quota.
        HttpResponse<String> fromElsewhere = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .build()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + districts.getPort() + districts.getPath()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(fromElsewhere.statusCode()).isEqualTo(200);
        assertThat(fromElsewhere.headers().firstValue("RateLimit"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("\"anonymous\";r=2;"));
    }

    @Test
    void switchedOffEveryRequestPassesAndNothingIsWritten() {
        limits("enabled", "false", "anonymous", "1/1m", "person", "1/1m");
        for (int i = 0; i < 4; i++) {
            given().get(districts).then().statusCode(200).header("RateLimit", nullValue());
            Api.as("citizen-chen").get("/api/v1/me").then().statusCode(200).header("RateLimit", nullValue());
        }
        assertThat(redis.execute("KEYS", keys + "*").await().atMost(WAIT)).isEmpty();
        readiness().body(STATE, startsWith("off"));
    }

    @Test
    void withoutRedisRequestsPassUncountedAndReadinessSaysDegraded() {
        limits("anonymous", "1/1m");
        QuarkusMock.installMockForType(new RateLimiter(unreachable, Limits.of(keys), registry), RateLimiter.class);
        double before = uncheckedSoFar();
        for (int i = 0; i < 3; i++) {
            given().get(districts).then().statusCode(200).header("RateLimit", nullValue());
        }
        assertThat(uncheckedSoFar() - before).isEqualTo(3);
        readiness()
                .body("checks.find { it.name == 'rate-limits' }.status", equalTo("UP"))
                .body(STATE, startsWith("degraded"));
    }

    @Test
    void theQuotaRefillsEvenlyOverItsPeriod() throws InterruptedException {
        var policy = new RateLimitPolicy(Limits.of(keys, "anonymous", "5/5s"));
        var bucket =
                policy.bucketFor(new Requester.Anonymous("203.0.113.9"), false).orElseThrow();
        var limiter = new RateLimiter(redis, Limits.of(keys), new SimpleMeterRegistry());
        for (int i = 4; i >= 0; i--) {
            assertThat(limiter.charge(bucket).await().atMost(WAIT).orElseThrow().remaining())
                    .isEqualTo(i);
        }
        Decision refused = limiter.charge(bucket).await().atMost(WAIT).orElseThrow();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        Thread.sleep(refused.retryAfter().toMillis() + 50);
        assertThat(limiter.charge(bucket).await().atMost(WAIT).orElseThrow().allowed())
                .isTrue();
    }

    @Test
    void aBurstOfConcurrentRequestsIsCountedExactly() {
        var policy = new RateLimitPolicy(Limits.of(keys, "kiosk", "50/1h"));
        var bucket =
                policy.bucketFor(new Requester.Device("kiosk-burst"), false).orElseThrow();
        var limiter = new RateLimiter(redis, Limits.of(keys), new SimpleMeterRegistry());
        List<Optional<Decision>> decisions = Uni.join()
                .all(IntStream.range(0, 200)
                        .mapToObj(i -> limiter.charge(bucket))
                        .toList())
                .andCollectFailures()
                .await()
                .atMost(Duration.ofSeconds(30));
        assertThat(decisions).as("every request got an answer from Redis").allMatch(Optional::isPresent);
        assertThat(decisions.stream().filter(d -> d.orElseThrow().allowed()))
                .as("exactly the quota let through, no update lost")
                .hasSize(50);
    }

    @Test
    void readinessSaysTheLimitsAreEnforcedWhileRedisAnswers() {
        readiness().body(STATE, equalTo("enforced"));
    }

    /** The service's readiness report: 200, the service stays in rotation. */
    private ValidatableResponse readiness() {
        return given().port(management.getPort()).get("/q/health/ready").then().statusCode(200);
    }

    private RateLimitPolicy limits(String... settings) {
        var policy = new RateLimitPolicy(Limits.of(keys, settings));
        QuarkusMock.installMockForType(policy, RateLimitPolicy.class);
        return policy;
    }

    private static ValidatableResponse submit(String user, Object body) {
        return Api.as(user)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then();
    }

    private static Response asKiosk() {
        return given().auth().oauth2(Tokens.kiosk()).get("/api/v1/me");
    }

    private double uncheckedSoFar() {
        return registry.counter("tongban.rate.limit.unchecked").count();
    }

    private static Matcher<Integer> between(int from, int to) {
        return allOf(greaterThanOrEqualTo(from), lessThanOrEqualTo(to));
    }
}
