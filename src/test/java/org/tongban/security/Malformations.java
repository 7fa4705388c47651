package org.tongban.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.security.ContractOperations.Operation;

/**
 * Hostile variants of an operation's {@link Probe}: each changes one parameter or one body field (or
 * the whole body) into something no valid client sends. Values are written as they go on the wire,
 * so a variant can carry what a client library would refuse to encode (NUL, invalid UTF-8).
 */
final class Malformations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Raw (already percent-encoded) parameter values, each with what it tries. */
    private static final Map<String, String> ANY_PARAMETER =
            Map.of("a%00b", "NUL", "%01%1B%5B31m", "control characters", "%C3%28%FF", "invalid UTF-8");

    private static final Map<String, String> CONSTRAINED_PARAMETER = Map.of(
            "%27%20OR%20%271%27%3D%271%27--", "SQL injection",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "script injection",
            "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%2Fa%7D", "JNDI lookup");
    private static final List<String> NUMBER_LIMITS =
            List.of("abc", "1.5", "2147483648", "9223372036854775808", "1e309");
    private static final List<String> DATE_LIMITS = List.of("2026-02-30", "+102026-01-01");
    private static final List<String> TEXT_LIMITS = List.of("a\u0000b", "a\u0007b\u001b[31m", "' OR '1'='1' --");

    private final ContractOperations contract;

    Malformations(ContractOperations contract) {
        this.contract = contract;
    }

    List<Malformed> of(Operation operation, Probe probe) {
        List<Malformed> variants = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = contract.resolve(parameter.path("schema"));
            for (var value : parameterValues(schema, !in.equals("header")).entrySet()) {
                String what = in + " " + name + ": " + value.getValue();
                variants.add(
                        switch (in) {
                            case "path" -> request(operation, what, probe.withPath(name, new Raw(value.getKey())));
                            case "query" -> request(operation, what, probe.withQuery(name, new Raw(value.getKey())));
                            default -> request(operation, what, probe.withHeader(name, value.getKey()));
                        });
            }
        }
        if (operation.takesBody()) {
            bodies(operation, probe, variants);
        }
        return variants;
    }

    /** A value already percent-encoded for the URL, sent as it is. */
    private record Raw(String encoded) {}

    private static Map<String, String> parameterValues(JsonNode schema, boolean inUrl) {
        Map<String, String> values = new LinkedHashMap<>();
        if (inUrl) {
            values.putAll(ANY_PARAMETER);
        }
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        boolean constrained =
                !type.equals("string") || schema.has("pattern") || schema.has("enum") || !format.isEmpty();
        if (constrained) {
            // Injection strings are valid free text: a value the schema's pattern admits (a reason
            // for reading personal data, say) is stored as text and expected to be accepted.
            CONSTRAINED_PARAMETER.forEach((value, what) -> {
                if (!admittedByPatternAlone(schema, value)) {
                    values.put(value, what);
                }
            });
        }
        if (type.equals("integer") || type.equals("number")) {
            NUMBER_LIMITS.stream()
                    .filter(limit -> type.equals("integer") || !limit.equals("1.5"))
                    .filter(limit -> format.equals("int32") || !limit.equals("2147483648"))
                    .forEach(limit -> values.put(limit, "number " + limit));
            if (schema.has("maximum")) {
                values.put(String.valueOf(schema.get("maximum").asLong() + 1), "above the maximum");
            }
            if (schema.has("minimum")) {
                values.put(String.valueOf(schema.get("minimum").asLong() - 1), "below the minimum");
            }
        }
        if (format.equals("date")) {
            DATE_LIMITS.forEach(limit -> values.put(encode(limit), "date " + limit));
        }
        if (type.equals("boolean")) {
            values.put("maybe", "not a boolean");
        }
        int longer = schema.path("maxLength").asInt(1_900) + 1;
        values.put("x".repeat(Math.min(longer, 2_000)), "longer than " + (longer - 1));
        return values;
    }

    private static boolean admittedByPatternAlone(JsonNode schema, String encoded) {
        boolean otherwiseText = schema.path("type").asText("string").equals("string")
                && !schema.has("enum")
                && schema.path("format").asText("").isEmpty();
        return otherwiseText
                && schema.has("pattern")
                && java.util.regex.Pattern.compile(schema.get("pattern").asText())
                        .matcher(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                        .find();
    }

    private void bodies(Operation operation, Probe probe, List<Malformed> variants) {
        JsonNode tree = probe.body() == null ? null : JSON.valueToTree(probe.body());
        for (String raw : List.of("[]", "42", "{\"", "")) {
            variants.add(body(
                    operation, probe, "body " + (raw.isEmpty() ? "empty" : raw), raw.getBytes(StandardCharsets.UTF_8)));
        }
        variants.add(body(
                operation,
                probe,
                "body nested 100,000 deep",
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        variants.add(body(
                operation,
                probe,
                "body of 3 MB",
                ("{\"x\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        if (!(tree instanceof ObjectNode base)) {
            return; // not a JSON object (a multipart upload): the raw bodies above are its variants
        }
        variants.add(body(operation, probe, "invalid UTF-8 in a string", invalidUtf8(base)));
        JsonNode schema = contract.resolve(operation.spec().at("/requestBody/content/application~1json/schema"));
        Set<String> fields = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        base.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode fieldSchema = contract.resolve(schema.path("properties").path(field));
            String type = fieldSchema
                    .path("type")
                    .asText(
                            base.has(field)
                                    ? base.get(field).getNodeType().name().toLowerCase()
                                    : "string");
            for (var value : fieldValues(fieldSchema, type, base.get(field)).entrySet()) {
                ObjectNode changed = base.deepCopy();
                changed.set(field, value.getKey());
                variants.add(body(operation, probe, "field " + field + ": " + value.getValue(), bytes(changed)));
            }
        }
    }

    private static Map<JsonNode, String> fieldValues(JsonNode schema, String type, JsonNode current) {
        Map<JsonNode, String> values = new LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                values.put(NODES.objectNode().put("$gt", ""), "an object for a string");
                values.put(NODES.numberNode(12345), "a number for a string");
                TEXT_LIMITS.forEach(text -> values.put(NODES.textNode(text), "text " + JSON.valueToTree(text)));
                values.put(
                        NODES.textNode("x".repeat(schema.path("maxLength").asInt(100_000) + 1)), "a string too long");
            }
            case "integer", "number" -> {
                values.put(NODES.textNode("abc"), "a string for a number");
                values.put(
                        NODES.textNode(current != null && current.isNumber() ? current.asText() : "1"),
                        "a number in a string");
                if (type.equals("integer")) {
                    values.put(NODES.numberNode(1.5), "a fraction for an integer");
                }
                for (String limit : List.of("9223372036854775808", "1e309", "-1e309")) {
                    values.put(NODES.numberNode(new java.math.BigDecimal(limit.replace("e", "E"))), "number " + limit);
                }
            }
            case "boolean" -> {
                values.put(NODES.textNode("maybe"), "a string for a boolean");
                values.put(NODES.textNode("true"), "a boolean in a string");
            }
            case "array" -> {
                values.put(NODES.textNode("x"), "a string for a list");
                var longList = NODES.arrayNode();
                JsonNode element = current != null && current.size() > 0 ? current.get(0) : NODES.textNode("x");
                for (int i = 0; i <= schema.path("maxItems").asInt(10_000); i++) {
                    longList.add(element);
                }
                values.put(longList, "a list too long");
            }
            default -> {
                values.put(NODES.arrayNode().add(1), "a list for an object");
                values.put(nested(900), "objects nested 900 deep");
            }
        }
        return values;
    }

    private static JsonNode nested(int depth) {
        ObjectNode root = NODES.objectNode();
        ObjectNode node = root;
        for (int i = 0; i < depth; i++) {
            node = node.putObject("a");
        }
        return root;
    }

    private static byte[] invalidUtf8(ObjectNode base) {
        String marker = "\uE000marker\uE000";
        ObjectNode changed = base.deepCopy();
        String field = changed.fieldNames().hasNext() ? changed.fieldNames().next() : "x";
        changed.put(field, marker);
        String text = new String(bytes(changed), StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Malformed body(Operation operation, Probe probe, String what, byte[] body) {
        return request(operation, what, probe.withBody(new RawBody(body)));
    }

    /** A body sent as these bytes. */
    record RawBody(byte[] bytes) {}

    private static Malformed request(Operation operation, String what, Probe probe) {
        String path = operation.path();
        for (var value : probe.path().entrySet()) {
            path = path.replace(
                    "{" + value.getKey() + "}", encoded(value.getValue()).replace("+", "%20"));
        }
        List<String> query = new ArrayList<>();
        probe.query().forEach((name, value) -> query.add(name + "=" + encoded(value)));
        String url = query.isEmpty() ? path : path + "?" + String.join("&", query);
        byte[] body = probe.body() == null
                ? null
                : probe.body() instanceof RawBody raw ? raw.bytes() : bytes(JSON.valueToTree(probe.body()));
        return new Malformed(what, operation.method(), url, probe.headers(), body);
    }

    private static String encoded(Object value) {
        return value instanceof Raw raw ? raw.encoded() : encode(String.valueOf(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
