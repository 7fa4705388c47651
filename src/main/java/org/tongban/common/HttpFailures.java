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
 * one error shape. Uploads of material files may be as large as the HTTP limit allows; every other
 * body is JSON and kept to {@code tongban.http.max-body-size}. Quarkus's own limit is the upload's,
 * so a JSON body sent in chunks (no length announced) could grow to it unseen: outside uploads a body
 * must announce its length (411).
 */
@ApplicationScoped
public class HttpFailures {

    @Inject
    ObjectMapper json;

    /** Where files are uploaded: the only bodies allowed up to Quarkus's own limit. */
    static final String UPLOADS = "/api/v1/files";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxUploadSize;

    @ConfigProperty(name = "tongban.http.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        // Quarkus's own limit check runs at order -2.
        router.route().order(-3).handler(this::refuseOversizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = context.request().path().equals(UPLOADS);
        if (length == null && !upload && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            refuse(context, 411, "length-required", Message.of("problem.length-required"));
            return;
        }
        long max = upload ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
        if (length == null || !length.chars().allMatch(Character::isDigit) || Long.parseLong(length) <= max) {
            context.next();
            return;
        }
        refuse(context, 413, "payload-too-large", Message.of("problem.body-too-large", max));
    }

    private void refuse(RoutingContext context, int status, String code, Message detail) {
        RouteProblems.end(context, json, new ProblemException(status, code, detail, List.of()));
    }
}
