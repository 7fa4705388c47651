package org.tongban.catalog;

import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules in CEL, the side-effect-free, always-terminating expression language of Kubernetes
 * admission policies. A rule sees {@code form}, {@code params} and {@code applicant}, each a
 * map(string, dyn), and must be boolean. Each distinct rule text is compiled once and kept: the
 * rules of a published version never change, so the cache never goes stale.
 */
final class CelRules {

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

    /** A compiled rule, or why it does not compile. */
    private record Compiled(CelRuntime.Program program, String error) {}

    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    /** Why the rule does not compile, naming the rule; null when it compiles. */
    String compileError(String rule) {
        return compile(rule).error();
    }

    RuleOutcome evaluate(String rule, RuleInputs inputs) {
        Compiled program = compile(rule);
        if (program.error() != null) {
            return RuleOutcome.error(program.error());
        }
        try {
            Object result = program.program().eval(CelValues.variables(inputs));
            if (result instanceof Boolean holds) {
                return holds ? RuleOutcome.HOLDS : RuleOutcome.NOT_MET;
            }
            return RuleOutcome.error("`" + rule + "` gave " + result + ", not true or false");
        } catch (CelEvaluationException e) {
            return RuleOutcome.error("`" + rule + "` could not be evaluated: " + e.getMessage());
        }
    }

    private Compiled compile(String rule) {
        return compiled.computeIfAbsent(rule, text -> {
            CelValidationResult result = COMPILER.compile(text);
            if (result.hasError()) {
                return new Compiled(null, "`" + text + "` does not compile: " + result.getIssueString());
            }
            try {
                return new Compiled(RUNTIME.createProgram(result.getAst()), null);
            } catch (CelValidationException | CelEvaluationException e) {
                return new Compiled(null, "`" + text + "` cannot be run: " + e.getMessage());
            }
        });
    }
}
