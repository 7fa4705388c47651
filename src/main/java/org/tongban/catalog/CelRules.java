package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Machine-checkable rules in CEL, the side-effect-free, always-terminating expression language of
 * Kubernetes admission policies. A rule sees {@code form} (the form values), {@code params} (the
 * version's parameters) and {@code applicant} (facts from the verified identity) and must be
 * boolean. Compiled programs are cached by their text: rules of published versions never change.
 */
@ApplicationScoped
public class CelRules {

    private static final CelOptions OPTIONS =
            CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("form", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("params", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("applicant", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();
    private static final CelRuntime RUNTIME =
            CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

    /** The inputs a rule is evaluated over. */
    public record Inputs(JsonNode form, JsonNode params, ApplicantFacts applicant) {}

    /** Why a rule does not compile, or empty when it does. */
    public Optional<String> compileError(String rule) {
        CelValidationResult result = COMPILER.compile(rule);
        return result.hasError() ? Optional.of(result.getIssueString()) : Optional.empty();
    }

    /**
     * True when the rule holds. A rule that cannot be evaluated — a field the applicant left out,
     * a value of the wrong type — does not hold: it is reported like any unmet condition.
     */
    public boolean holds(String rule, Inputs inputs) {
        try {
            return Boolean.TRUE.equals(program(rule).eval(variables(inputs)));
        } catch (CelEvaluationException e) {
            return false;
        }
    }

    private CelRuntime.Program program(String rule) {
        return programs.computeIfAbsent(rule, text -> {
            try {
                CelAbstractSyntaxTree ast = COMPILER.compile(text).getAst();
                return RUNTIME.createProgram(ast);
            } catch (Exception e) {
                throw new IllegalArgumentException("Rule does not compile: " + text, e);
            }
        });
    }

    private static Map<String, Object> variables(Inputs inputs) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        if (inputs.applicant() != null) {
            if (inputs.applicant().age() != null) {
                applicant.put("age", inputs.applicant().age().longValue());
            }
            if (inputs.applicant().district() != null) {
                applicant.put("district", inputs.applicant().district());
            }
        }
        return Map.of("form", celValue(inputs.form()), "params", celValue(inputs.params()), "applicant", applicant);
    }

    /**
     * JSON to CEL values: integers as int (Long), other numbers as double, and JSON null as an
     * absent key, so {@code has(form.x)} means "given".
     */
    static Object celValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    map.put(field.getKey(), celValue(field.getValue()));
                }
            });
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(celValue(element)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
