package org.tongban.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.common.FieldError;

/**
 * The personal fields an item's form declares: top-level properties of its JSON Schema carrying
 * {@code "x-personal": "<kind>"}. Declared, never guessed from a field's name or value, so a
 * catalogue administrator decides and a reviewer of the standard can see it.
 */
public record PersonalFields(Map<String, PersonalKind> kinds) {

    public static final PersonalFields NONE = new PersonalFields(Map.of());

    public static PersonalFields declaredIn(JsonNode formSchema) {
        if (formSchema == null) {
            return NONE;
        }
        Map<String, PersonalKind> kinds = new LinkedHashMap<>();
        formSchema
                .path("properties")
                .properties()
                .forEach(field -> PersonalKind.of(
                                field.getValue().path(PersonalKind.KEYWORD).asText(null))
                        .ifPresent(kind -> kinds.put(field.getKey(), kind)));
        return new PersonalFields(Map.copyOf(kinds));
    }

    /** Where a form schema declares a kind that does not exist, or declares one below the top level. */
    public static List<FieldError> problems(JsonNode formSchema) {
        List<FieldError> problems = new ArrayList<>();
        if (formSchema != null) {
            formSchema.path("properties").properties().forEach(field -> {
                JsonNode declared = field.getValue().path(PersonalKind.KEYWORD);
                if (!declared.isMissingNode()
                        && PersonalKind.of(declared.asText(null)).isEmpty()) {
                    problems.add(new FieldError(
                            "properties." + field.getKey() + "." + PersonalKind.KEYWORD,
                            "unknown-personal-kind",
                            "privacy.unknown-personal-kind"));
                }
            });
        }
        return problems;
    }

    public Optional<PersonalKind> kindOf(String field) {
        return Optional.ofNullable(kinds.get(field));
    }

    /** A copy of the form with every declared field masked; non-text values of such a field become "***". */
    public JsonNode masked(JsonNode form) {
        if (kinds.isEmpty() || form == null || !form.isObject()) {
            return form;
        }
        ObjectNode copy = ((ObjectNode) form).deepCopy();
        kinds.forEach((field, kind) -> {
            JsonNode value = copy.get(field);
            if (value != null && !value.isNull()) {
                copy.put(field, value.isTextual() ? kind.mask(value.asText()) : "***");
            }
        });
        return copy;
    }
}
