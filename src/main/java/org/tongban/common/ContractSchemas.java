package org.tongban.common;

import io.smallrye.openapi.internal.models.media.SchemaSupport;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Says in the contract what the service enforces, derived once for every schema instead of
 * annotated on each field: Bean Validation's {@code @Pattern} matches the whole value, so declared
 * patterns are anchored; a request body with an unknown field is refused (Jackson's
 * fail-on-unknown-properties), so request schemas forbid additional properties; a query parameter
 * is either left out or given a value ({@link QueryParameters}), so string parameters have a
 * minimum length of 1.
 */
final class ContractSchemas {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private static final String NOT_BLANK = "\\S";

    private ContractSchemas() {}

    /**
     * {@code 1\d{10}} becomes {@code ^(?:1\d{10})$}: the same language as Java's whole-string
     * match. {@code @NotBlank} is written as the search {@code \S} (some character is not a space),
     * which anchored reads {@code ^[\s\S]*\S[\s\S]*$}.
     */
    static void anchorPattern(Schema schema) {
        String pattern = schema.getPattern();
        if (NOT_BLANK.equals(pattern)) {
            schema.setPattern("^[\\s\\S]*\\S[\\s\\S]*$");
        } else if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    static void requireValue(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.QUERY
                && schema != null
                && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMinLength() == null) {
            schema.setMinLength(1);
        }
    }

    /**
     * Jackson reads {@code null} for an optional field as its absence, so the contract allows it
     * where OpenAPI 3.0 can say so: on a property with a type of its own. (A reference cannot be made
     * nullable without making the referenced schema nullable everywhere; there, clients leave the
     * field out, as the conventions say.)
     */
    private static void allowNullWhereOptional(Schema object) {
        List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
        object.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.getRef() == null && property.getType() != null) {
                // The 3.0 writer turns this into "nullable: true" (the model itself speaks OpenAPI 3.1).
                SchemaSupport.setNullable(property, true);
            }
        });
    }

    /** Every object schema a request body can reach, except free-form ones, refuses unknown fields. */
    static void closeRequestSchemas(OpenAPI openAPI, Stream<Operation> operations) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Deque<Schema> pending = new ArrayDeque<>();
        operations
                .map(Operation::getRequestBody)
                .filter(Objects::nonNull)
                .flatMap(body -> body.getContent().getMediaTypes().values().stream())
                .map(mediaType -> mediaType.getSchema())
                .filter(Objects::nonNull)
                .forEach(pending::add);
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenRefs = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().replace(COMPONENT_PREFIX, "");
                if (seenRefs.add(name) && components.containsKey(name)) {
                    pending.push(components.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                if (schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null) {
                    schema.setAdditionalPropertiesBoolean(false);
                }
                allowNullWhereOptional(schema);
                schema.getProperties().values().forEach(pending::push);
            }
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema())
                    .filter(Objects::nonNull)
                    .forEach(pending::push);
            Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .forEach(pending::push);
        }
    }
}
