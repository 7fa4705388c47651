package org.tongban.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads every query parameter before the resource sees it, as a body is read: a parameter the
 * operation does not declare, one given twice or empty, or a value that does not parse as its type
 * (a date, a number, one of an enum's names, true/false) is refused with 400, every problem listed
 * with the parameter's name. Without this, JAX-RS answers a value it cannot convert with a bare 404
 * and ignores names it does not know (a misspelt filter would silently widen a list). Control
 * characters and bytes that are not UTF-8 are refused in every parameter, free text included, and a
 * date must fall in years {@value #FIRST_YEAR} to {@value #LAST_YEAR} (the parser takes years like
 * +102026, which no rule of the service has a meaning for).
 */
public class QueryParameters {

    static final String UNKNOWN = "unknown-parameter";
    static final String REPEATED = "repeated-parameter";
    static final String EMPTY = "empty-value";
    static final String INVALID = "invalid-value";
    static final String MALFORMED = "control-character";
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private final Map<Method, Map<String, Class<?>>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Class<?>> types = declared.computeIfAbsent(method, QueryParameters::declaredBy);
        List<FieldError> errors = new ArrayList<>();
        request.getUriInfo()
                .getQueryParameters()
                .forEach(
                        (name, values) -> problem(name, values, types.get(name)).ifPresent(errors::add));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(Message.of("query.invalid-parameters", errors.size()), errors);
        }
    }

    /** What is wrong with one given parameter, if anything. */
    static Optional<FieldError> problem(String name, List<String> values, Class<?> type) {
        if (type == null) {
            return Optional.of(new FieldError(name, UNKNOWN, "query.unknown"));
        }
        if (values.size() > 1) {
            return Optional.of(new FieldError(name, REPEATED, "query.repeated"));
        }
        String value = values.isEmpty() ? "" : values.getFirst();
        if (value.isEmpty()) {
            return Optional.of(new FieldError(name, EMPTY, "query.empty"));
        }
        if (WireText.isMalformed(value)) {
            return Optional.of(new FieldError(name, MALFORMED, "query.malformed"));
        }
        return parses(value, type) ? Optional.empty() : Optional.of(new FieldError(name, INVALID, expected(type)));
    }

    private static boolean parses(String value, Class<?> type) {
        try {
            if (type == LocalDate.class) {
                int year = LocalDate.parse(value).getYear();
                return year >= FIRST_YEAR && year <= LAST_YEAR;
            } else if (type == Long.class || type == long.class) {
                Long.parseLong(value);
            } else if (type == Integer.class || type == int.class) {
                Integer.parseInt(value);
            } else if (type == Double.class || type == double.class) {
                return Double.isFinite(Double.parseDouble(value));
            } else if (type == Boolean.class || type == boolean.class) {
                return value.equals("true") || value.equals("false");
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants())
                        .anyMatch(constant -> ((Enum<?>) constant).name().equals(value));
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private static Message expected(Class<?> type) {
        if (type == LocalDate.class) {
            return Message.of("query.expected-date", FIRST_YEAR, LAST_YEAR);
        }
        if (type.isEnum()) {
            return Message.of(
                    "query.expected-one-of",
                    Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", ")));
        }
        if (type == Boolean.class || type == boolean.class) {
            return Message.of("query.expected-boolean");
        }
        return Message.of(
                type == Double.class || type == double.class ? "query.expected-number" : "query.expected-integer");
    }

    private static Map<String, Class<?>> declaredBy(Method method) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                types.put(query.value(), parameter.getType());
            }
        }
        return types;
    }
}
