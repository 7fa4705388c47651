package org.tongban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * A problem answered by a Vert.x route or filter, before any resource runs (so ProblemMapper never
 * sees it), in the same shape. The connection is closed after it: what follows on it is not to be
 * trusted (an unread body) or not to be served (shutdown).
 */
public final class RouteProblems {

    private RouteProblems() {}

    /**
     * Ends the response with {@code failure}, in the language the request asked for; headers set on
     * the response before are kept.
     */
    public static void end(RoutingContext context, ObjectMapper json, ProblemException failure) {
        Locale locale = Messages.preferred(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem =
                failure.toProblem(locale).withInstance(context.request().path());
        var response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Messages.tag(locale))
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            // HTTP/2 forbids the header (a client sees a malformed response); Vert.x ends the stream.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
