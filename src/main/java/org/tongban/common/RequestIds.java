package org.tongban.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One id per API request, to follow it through logs, traces and the events it causes: the caller's
 * {@code X-Request-Id} when it is well-formed (a gateway's or a kiosk's own id), otherwise a new
 * one. It is echoed in the response and kept in the logging context (JSON logs print it as
 * {@code mdc.requestId}), from where the outbox copies it onto each event.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Letters, digits and . _ : - only, at most 64: safe in a log line and in the event column. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Before authentication and the REST layer, so even a refused request carries its id. */
    private static final int PRIORITY = 2000;

    /** The id of the request being handled on this thread, or null outside a request (a scheduled job). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The caller's id if it is well-formed, else a new one. */
    static String accept(String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    String id = accept(context.request().getHeader(HEADER));
                    MDC.put(MDC_KEY, id);
                    context.response().putHeader(HEADER, id);
                    context.next();
                },
                PRIORITY);
    }
}
