package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.NullValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON to CEL values. Every number becomes a CEL double, whether written {@code 1200} or
 * {@code 1200.0}: CEL has no implicit int/double arithmetic, so typing by how a client happened to
 * write a number would make {@code form.monthlyRent * 3.0} fail for some applicants and not others.
 * With one numeric type a rule either works for every input or fails on the example application
 * when the version is published. Comparisons with int literals ({@code form.months >= 3}) still
 * work: heterogeneous numeric comparison is enabled.
 */
final class CelValues {

    private CelValues() {}

    static Map<String, Object> variables(RuleInputs inputs) {
        return Map.of(
                "form", object(inputs.form()),
                "params", object(inputs.params()),
                "applicant", applicant(inputs.applicant()));
    }

    /** JSON null and missing fields are left out of the map, so {@code has(form.x)} means "given". */
    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    map.put(field.getKey(), value(field.getValue()));
                }
            });
        }
        return map;
    }

    private static Object value(JsonNode node) {
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(value(element)));
            return list;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return NullValue.NULL_VALUE;
        }
        return node.asText();
    }

    private static Map<String, Object> applicant(ApplicantFacts applicant) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (applicant == null) {
            return map;
        }
        if (applicant.kind() != null) {
            map.put("kind", applicant.kind().name());
        }
        if (applicant.age() != null) {
            map.put("age", applicant.age().doubleValue());
        }
        if (applicant.district() != null) {
            map.put("district", applicant.district());
        }
        if (applicant.agent() != null) {
            map.put("agent", applicant.agent());
        }
        if (applicant.retirementAgeReached() != null) {
            map.put("retirementAgeReached", Map.copyOf(applicant.retirementAgeReached()));
        }
        return map;
    }
}
