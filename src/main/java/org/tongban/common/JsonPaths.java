package org.tongban.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Field paths as clients write them ({@code materials[2].reference}), from Jackson and Bean Validation. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(List<JsonMappingException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getFieldName() != null) {
                appendProperty(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A violation path starts with the method and its parameter ({@code submit.body.itemCode}); a
     * client knows only the part inside the body, or the name it sends a query parameter or header by.
     */
    static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        Path.Node last = nodes.getLast();
        if (last.getKind() == ElementKind.PARAMETER && nodes.size() == 2) {
            return httpName(
                            violation.getRootBeanClass(),
                            nodes.getFirst().as(Path.MethodNode.class),
                            last.as(Path.ParameterNode.class))
                    .orElse(last.getName());
        }
        var path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean lastNode = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && !lastNode) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                appendProperty(path, node.getName());
            }
        }
        return path.toString();
    }

    /**
     * A query parameter or header is named as the client sends it ({@code Idempotency-Key}), not as
     * the Java parameter. The resource may be a generated subclass: its overriding method carries no
     * annotations, so the search goes on up the hierarchy.
     */
    private static Optional<String> httpName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            Optional<String> name = Stream.of(type.getDeclaredMethods())
                    .filter(candidate -> candidate.getName().equals(method.getName())
                            && List.of(candidate.getParameterTypes()).equals(method.getParameterTypes()))
                    .findFirst()
                    .flatMap(candidate -> httpName(candidate.getParameters()[parameter.getParameterIndex()]));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> httpName(java.lang.reflect.Parameter parameter) {
        return Stream.of(
                        Optional.ofNullable(parameter.getAnnotation(QueryParam.class))
                                .map(QueryParam::value),
                        Optional.ofNullable(parameter.getAnnotation(HeaderParam.class))
                                .map(HeaderParam::value),
                        Optional.ofNullable(parameter.getAnnotation(PathParam.class))
                                .map(PathParam::value))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static void appendProperty(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
