package org.tongban.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the size limit is refused by the HTTP layer before any resource sees it (Quarkus
 * answers 413 with no body). Requests that announce their length are refused here first, with the
 * one error shape.
 */
@ApplicationScoped
public class HttpFailures {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        // Quarkus's own limit check runs at order -2.
        router.route().order(-3).handler(this::refuseOversizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null
                || !length.chars().allMatch(Character::isDigit)
                || Long.parseLong(length) <= maxBodySize.asLongValue()) {
            context.next();
            return;
        }
        var problem = new Problem(
                Problem.type("payload-too-large"),
                "Content Too Large",
                413,
                "The request body is larger than the " + maxBodySize.asLongValue() + " bytes the service accepts",
                context.request().path(),
                List.of());
        RouteProblems.end(context, json, problem);
    }
}
