package org.tongban.common;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every failure as {@code application/problem+json}: the one place errors take shape. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private static final int OVERLOAD_RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return render(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        var problem = new Problem(
                Problem.type("invalid-request"),
                "Bad Request",
                400,
                errors.size() + " field(s) are invalid",
                null,
                errors);
        return render(problem, uri);
    }

    /** Jackson's own mapper for mismatched input is more specific than ours: name it too. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping.getPath()) : "";
        // Jackson's own message can quote the input; keep only where it went wrong.
        FieldError error;
        if (e instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(field, "unknown-field", "no such field here; known: " + knownFields(unknown));
        } else if (e instanceof InvalidTypeIdException invalid) {
            error = unknownType(field, invalid);
        } else {
            error = new FieldError(field, "malformed-json", "The body is not valid JSON for this operation");
        }
        var location = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return render(
                new Problem(
                        Problem.type("malformed-json"),
                        "Bad Request",
                        400,
                        "The request body could not be read" + location,
                        null,
                        List.of(error)),
                uri);
    }

    /**
     * A polymorphic body (an action selected by {@code action}, a delivery by {@code method}) whose
     * selector is missing or names nothing known: name the selector and the values it takes.
     */
    private static FieldError unknownType(String path, InvalidTypeIdException e) {
        Class<?> base = e.getBaseType().getRawClass();
        JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
        String selector = info == null ? "" : info.property();
        String known = subTypes == null
                ? ""
                : Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
        String field = path.isEmpty() ? selector : path + "." + selector;
        return e.getTypeId() == null
                ? new FieldError(field, "required", "say which one: " + known)
                : new FieldError(field, "unknown-value", e.getTypeId() + " is not one of: " + known);
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        var problem = new Problem(Problem.type("http-" + status), title, status, title, null, List.of());
        var response = Response.fromResponse(e.getResponse())
                .entity(problem.withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE);
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        var problem = new Problem(
                Problem.type("unauthenticated"),
                "Unauthorized",
                401,
                "A valid bearer token for audience tongban-api is required",
                null,
                List.of());
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongban\"")
                .entity(problem.withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return render(
                new Problem(
                        Problem.type("forbidden"),
                        "Forbidden",
                        403,
                        "Your role may not perform this operation",
                        null,
                        List.of()),
                uri);
    }

    /**
     * Last resort. Optimistic-lock failures found at commit arrive wrapped, so causes are
     * unwrapped before deciding it is a 500; a 500 body carries only an id to find the log entry.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return render(
                        new Problem(
                                Problem.type("concurrent-modification"),
                                "Conflict",
                                409,
                                "Someone else changed this resource first; reload it and try again",
                                null,
                                List.of()),
                        uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (noConnection(cause)) {
                return overloaded(e, uri);
            }
        }
        if (ConflictRetry.isConflict(e)) {
            // Still refused as a conflict after ConflictRetry's attempts (a hot row written on several
            // Galera nodes at once): rolled back, so the client may safely send it again.
            return overloaded(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return render(
                new Problem(
                        Problem.type("internal-error"),
                        "Internal Server Error",
                        500,
                        "Something went wrong on our side; quote incident " + incident,
                        null,
                        List.of()),
                uri);
    }

    /**
     * No database connection came free within the pool's acquisition timeout (or the database is
     * unreachable, or kept refusing the transaction as a conflict): shed the load with 503 and
     * Retry-After instead of a 500, so clients and load balancers back off rather than report a fault.
     */
    private static Response overloaded(Throwable e, UriInfo uri) {
        LOG.warnf("Overloaded, answered 503: %s", e.getMessage());
        return Response.status(503)
                .header("Retry-After", OVERLOAD_RETRY_AFTER_SECONDS)
                .entity(new Problem(
                                Problem.type("service-unavailable"),
                                "Service Unavailable",
                                503,
                                "The service is overloaded; retry in " + OVERLOAD_RETRY_AFTER_SECONDS + " s",
                                null,
                                List.of())
                        .withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /**
     * Agroal reports an exhausted pool as a plain SQLException with no SQL state (Hibernate wraps it
     * as a generic JDBC error), so its message is the only sign; an unreachable database arrives as
     * a connection exception.
     */
    static boolean noConnection(Throwable cause) {
        return cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || (cause instanceof SQLException
                        && cause.getMessage() != null
                        && cause.getMessage().startsWith("Sorry, acquisition timeout"));
    }

    private static Response render(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .entity(problem.withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return new FieldError(JsonPaths.of(violation), FieldError.codeOf(annotation), violation.getMessage());
    }
}
