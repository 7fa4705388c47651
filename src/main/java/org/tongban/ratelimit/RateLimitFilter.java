package org.tongban.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * The one place limits are applied: every API request is charged to its bucket before its
 * resource runs; a request over its quota is refused with 429 and nothing else happens. Responses
 * carry the RateLimit headers of the bucket they were charged to.
 *
 * <p>The client address is the connection's peer. Behind a reverse proxy, Quarkus replaces it with
 * the forwarded one only when {@code quarkus.http.proxy.*} names the proxy as trusted, so a client
 * cannot choose its own bucket by sending X-Forwarded-For.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimitPolicy policy;

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> charge(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        if (!policy.enabled()) {
            return Uni.createFrom().voidItem();
        }
        boolean submission = resource.getResourceMethod().isAnnotationPresent(Submission.class);
        String address = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        return identities
                .getDeferredIdentity()
                // An invalid token is the security layer's to refuse; until then it counts as none.
                .onFailure()
                .recoverWithNull()
                .map(identity -> policy.bucketFor(Requester.of(identity, address), submission))
                .flatMap(bucket ->
                        bucket.map(limiter::charge).orElse(Uni.createFrom().item(Optional.empty())))
                .invoke(charged -> charged.ifPresent(decision -> {
                    context.setProperty(DECISION, decision);
                    if (!decision.allowed()) {
                        throw tooManyRequests(decision);
                    }
                }))
                .replaceWithVoid();
    }

    /** Runs for refused requests too, so the 429 carries Retry-After and the RateLimit headers. */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            decision.headers().forEach(response.getHeaders()::putSingle);
        }
    }

    private static ProblemException tooManyRequests(Decision decision) {
        return new ProblemException(
                429,
                "too-many-requests",
                Message.of(
                        "rate-limit.over",
                        decision.bucket().policy(),
                        decision.bucket().limit(),
                        decision.bucket().period().toSeconds(),
                        decision.retryAfterSeconds()),
                List.of());
    }
}
