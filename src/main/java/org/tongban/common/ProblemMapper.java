package org.tongban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every failure as {@code application/problem+json}: the one place errors take shape. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

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
        var error = e instanceof UnrecognizedPropertyException unknown
                ? new FieldError(field, "unknown-field", "no such field here; known: " + knownFields(unknown))
                : new FieldError(field, "malformed-json", "The body is not valid JSON for this operation");
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
