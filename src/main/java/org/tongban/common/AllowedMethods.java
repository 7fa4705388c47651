package org.tongban.common;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers for a path as a whole, before a resource is chosen: {@code OPTIONS} lists exactly the
 * methods the path serves, and any other method answers 405 with that same {@code Allow}. (JAX-RS
 * would list every method of the resource class, whatever its sub-path, and send 405 without
 * {@code Allow}.) The methods are read from the resources' annotations, as the contract is.
 */
@Singleton
public class AllowedMethods {

    /** A path template and the methods it serves, HEAD and OPTIONS included. */
    record Route(String template, Pattern pattern, int literals, Set<String> methods) {

        static Route of(String template, Set<String> served) {
            Set<String> methods = new TreeSet<>(served);
            if (methods.contains(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
            methods.add(HttpMethod.OPTIONS);
            String regex = Arrays.stream(template.split("\\{[^}]+}", -1))
                    .map(Pattern::quote)
                    .reduce((left, right) -> left + "[^/]+" + right)
                    .orElse("");
            int literals = template.replaceAll("\\{[^}]+}", "").length();
            return new Route(template, Pattern.compile(regex), literals, Set.copyOf(methods));
        }

        String allow() {
            return String.join(", ", new TreeSet<>(methods));
        }
    }

    private volatile List<Route> routes = List.of();

    void readResources(@Observes StartupEvent started) {
        Map<String, Set<String>> served = new LinkedHashMap<>();
        Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(type -> {
                    for (Method method : type.getMethods()) {
                        httpMethod(method)
                                .ifPresent(verb -> served.computeIfAbsent(
                                                template(type, method), template -> new TreeSet<>())
                                        .add(verb));
                    }
                });
        List<Route> table = new ArrayList<>();
        served.forEach((template, methods) -> table.add(Route.of(template, methods)));
        // As JAX-RS chooses: the template with the most literal characters wins.
        table.sort(Comparator.comparingInt(Route::literals).reversed());
        routes = List.copyOf(table);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String path =
                "/" + request.getUriInfo().getPath().replaceFirst("^/", "").replaceFirst("/$", "");
        Optional<Route> route = routes.stream()
                .filter(candidate -> candidate.pattern().matcher(path).matches())
                .findFirst();
        if (route.isEmpty()
                || route.get().methods().contains(request.getMethod())
                        && !request.getMethod().equals(HttpMethod.OPTIONS)) {
            return Optional.empty();
        }
        if (request.getMethod().equals(HttpMethod.OPTIONS)) {
            return Optional.of(Response.noContent()
                    .header(HttpHeaders.ALLOW, route.get().allow())
                    .build());
        }
        throw new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, route.get().allow())
                .build());
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(verb -> verb != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static String template(Class<?> type, Method method) {
        String base = type.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String template = sub == null
                ? base
                : base.replaceFirst("/$", "") + "/" + sub.value().replaceFirst("^/", "");
        return "/" + template.replaceFirst("^/", "").replaceFirst("/$", "");
    }
}
