package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.common.FieldError;

/**
 * Application forms are JSON Schemas (draft 2020-12), checked with networknt's validator: the form
 * schema against the meta-schema when a version is written, form values against the form schema
 * when a citizen applies. Every error is returned, never only the first.
 */
@ApplicationScoped
public class FormSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema META_SCHEMA =
            REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    /** Compiled schemas by their JSON text; published forms never change, so this never goes stale. */
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** Where the schema breaks the JSON Schema 2020-12 meta-schema; empty when it is a valid schema. */
    public List<FieldError> schemaProblems(JsonNode schema, String field) {
        return errors(META_SCHEMA.validate(schema), field, "invalid-schema");
    }

    /** Every way the values break the form schema, each on the field it concerns (e.g. {@code form.monthlyRent}). */
    public List<FieldError> valueProblems(JsonNode schema, JsonNode values, String field) {
        Schema form = compiled.computeIfAbsent(schema.toString(), text -> REGISTRY.getSchema(schema));
        return errors(form.validate(values), field, null);
    }

    private static List<FieldError> errors(List<Error> errors, String prefix, String fixedCode) {
        return errors.stream()
                .map(error -> new FieldError(
                        path(prefix, error), fixedCode == null ? error.getKeyword() : fixedCode, error.getMessage()))
                .toList();
    }

    /** {@code form.bank.account} or {@code form.items[0]}, with the property a "required" error names. */
    private static String path(String prefix, Error error) {
        var path = new StringBuilder(prefix);
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            path.append('.').append(error.getProperty());
        }
        return path.toString();
    }
}
