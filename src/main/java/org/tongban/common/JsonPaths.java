package org.tongban.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

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
     * client knows only the part inside the body, or the parameter name for a query parameter.
     */
    static String of(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
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

    private static void appendProperty(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
