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
import java.util.Locale;
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
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Messages.preferred(headers);
        return render(e.toProblem(locale), uri, locale);
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
        return problem(
                ProblemException.badRequest(Message.of("problem.invalid-fields", errors.size()), errors), uri, headers);
    }

    /** Jackson's own mapper for mismatched input is more specific than ours: name it too. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping.getPath()) : "";
        // Jackson's own message can quote the input; keep only where it went wrong.
        FieldError error;
        if (e instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(field, "unknown-field", "field.unknown-field", knownFields(unknown));
        } else if (e instanceof InvalidTypeIdException invalid) {
            error = unknownType(field, invalid);
        } else {
            error = new FieldError(field, "malformed-json", "field.malformed-json");
        }
        Message detail = e.getLocation() == null
                ? Message.of("problem.unreadable-body")
                : Message.of(
                        "problem.unreadable-body-at",
                        e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr());
        return problem(new ProblemException(400, "malformed-json", detail, List.of(error)), uri, headers);
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
                ? new FieldError(field, "required", "field.say-which-one", known)
                : new FieldError(field, "unknown-value", "field.unknown-value", e.getTypeId(), known);
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri, headers);
        }
        Locale locale = Messages.preferred(headers);
        int status = e.getResponse().getStatus();
        String title = Messages.title(locale, status);
        var problem = new Problem(Problem.type("http-" + status), title, status, title, null, List.of());
        var response = Response.fromResponse(e.getResponse())
                .entity(problem.withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE);
        return Messages.localized(response, locale).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(problem(
                        new ProblemException(401, "unauthenticated", Message.of("problem.unauthenticated"), List.of()),
                        uri,
                        headers))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongban\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemException.forbidden("problem.role-forbidden"), uri, headers);
    }

    /**
     * Last resort. Optimistic-lock failures found at commit arrive wrapped, so causes are
     * unwrapped before deciding it is a 500; a 500 body carries only an id to find the log entry.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(
                        ProblemException.conflict("concurrent-modification", "problem.concurrent-modification"),
                        uri,
                        headers);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri, headers);
            }
            if (noConnection(cause) || cause instanceof Overloaded) {
                return overloaded(e, uri, headers);
            }
        }
        if (ConflictRetry.isConflict(e)) {
            // Still refused as a conflict after ConflictRetry's attempts (a hot row written on several
            // Galera nodes at once): rolled back, so the client may safely send it again.
            return overloaded(e, uri, headers);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(
                new ProblemException(500, "internal-error", Message.of("problem.internal-error", incident), List.of()),
                uri,
                headers);
    }

    /**
     * No database connection came free within the pool's acquisition timeout (or the database is
     * unreachable, or kept refusing the transaction as a conflict): shed the load with 503 and
     * Retry-After instead of a 500, so clients and load balancers back off rather than report a fault.
     */
    private Response overloaded(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Overloaded, answered 503: %s", e.getMessage());
        var problem = new ProblemException(
                503, "service-unavailable", Message.of("problem.overloaded", OVERLOAD_RETRY_AFTER_SECONDS), List.of());
        return Response.fromResponse(problem(problem, uri, headers))
                .header("Retry-After", OVERLOAD_RETRY_AFTER_SECONDS)
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

    private static Response render(Problem problem, UriInfo uri, Locale locale) {
        var response = Response.status(problem.status())
                .entity(problem.withInstance(path(uri)))
                .type(Problem.MEDIA_TYPE);
        return Messages.localized(response, locale).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * A Bean Validation failure in the {@code messages} bundle: {@code constraint.<Annotation>} with
     * the constraint's bounds as {0} min, {1} max, {2} value, {3} regexp; a constraint declared with
     * {@code message = "{<key>}"} uses that key of the bundle instead.
     */
    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        String annotation = descriptor.getAnnotation().annotationType().getSimpleName();
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{jakarta.validation.") || !template.startsWith("{")
                ? "constraint." + annotation
                : template.substring(1, template.length() - 1);
        var attributes = descriptor.getAttributes();
        return new FieldError(
                JsonPaths.of(violation),
                FieldError.codeOf(annotation),
                key,
                attributes.get("min"),
                attributes.get("max"),
                attributes.get("value"),
                attributes.get("regexp"));
    }
}
