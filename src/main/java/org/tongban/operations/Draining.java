package org.tongban.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.common.RouteProblems;

/**
 * SIGTERM, as the API sees it. For {@code quarkus.shutdown.delay} requests are served as usual
 * while readiness reports DOWN and the load balancer takes the instance out; after that a new
 * request is refused with 503 (and its connection closed), so its client retries on another
 * instance, while Quarkus waits up to {@code quarkus.shutdown.timeout} for those in flight.
 * (Quarkus itself would keep serving new requests on open connections until they drain.)
 */
@ApplicationScoped
public class Draining {

    /** After RequestIds (2000): a refused request still carries its id. */
    private static final int PRIORITY = 1000;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    /** The wall clock, not the business clock tests move. */
    private final Clock clock = Clock.systemUTC();

    private volatile Instant refusingFrom;

    void shutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        refusingFrom = clock.instant().plus(delay.orElse(Duration.ZERO));
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseWhenDraining, PRIORITY);
    }

    private void refuseWhenDraining(RoutingContext context) {
        Instant from = refusingFrom;
        if (from == null || clock.instant().isBefore(from)) {
            context.next();
            return;
        }
        var problem = new ProblemException(503, "shutting-down", Message.of("problem.shutting-down"), List.of());
        context.response().putHeader("Retry-After", "1");
        RouteProblems.end(context, json, problem);
    }
}
