package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request shapes of requests.json (beside this class), filled with values: so a change of the
 * API's shapes is one edit of that file, not of the scenarios.
 */
final class Requests {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z.]+)}}");

    private final JsonNode shapes;

    private Requests(JsonNode shapes) {
        this.shapes = shapes;
    }

    static Requests load() {
        try (InputStream in = Requests.class.getResourceAsStream("requests.json")) {
            return new Requests(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String item() {
        return shapes.path("item").asText();
    }

    /** Where the published example sits in the item's answer (a JSON Pointer). */
    String examplePointer() {
        return shapes.path("example").asText();
    }

    /** The path (with query) of request {@code name}, its placeholders replaced. */
    String path(String name, Map<String, ?> values) {
        return fill(text(name, "path"), values);
    }

    /** The body of request {@code name}, its placeholders replaced, serialised. */
    String body(String name, Map<String, ?> values) {
        JsonNode body = shapes.path(name).path("body");
        if (body.isMissingNode()) {
            throw new IllegalArgumentException("requests.json has no body for " + name);
        }
        try {
            return JSON.writeValueAsString(fill(body.deepCopy(), values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String name, String field) {
        JsonNode node = shapes.path(name).path(field);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("requests.json has no " + field + " for " + name);
        }
        return node.asText();
    }

    private static JsonNode fill(JsonNode node, Map<String, ?> values) {
        if (node.isTextual()) {
            Matcher whole = PLACEHOLDER.matcher(node.asText());
            if (whole.matches()) {
                return JSON.valueToTree(value(whole.group(1), values));
            }
            return TextNode.valueOf(fill(node.asText(), values));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                var field = it.next();
                field.setValue(fill(field.getValue(), values));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
        }
        return node;
    }

    private static String fill(String text, Map<String, ?> values) {
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf(value(m.group(1), values))));
    }

    private static Object value(String name, Map<String, ?> values) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No value for {{" + name + "}} in requests.json");
        }
        return values.get(name);
    }
}
