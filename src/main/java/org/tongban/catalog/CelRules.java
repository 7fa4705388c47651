package org.tongban.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Collection;
import java.util.Map;

/**
 * Rules in CEL, the side-effect-free, always-terminating expression language of Kubernetes
 * admission policies. A rule sees {@code form}, {@code params} and {@code applicant}, each a
 * map(string, dyn), and must be boolean.
 *
 * <p>Terminating is not the same as cheap: seven nested {@code .all} over a ten-element list take
 * seconds. So a rule is bounded three times. When it is compiled (a draft saved, a version
 * published): its length, its nesting and its estimated cost, every list assumed to hold {@link
 * #ASSUMED_LIST_SIZE} elements, must stay within the limits below, or it does not compile. When it
 * is evaluated: all its comprehensions together run at most {@link #MAX_ITERATIONS} times, and the
 * work done — every step, plus the size of every list, map or string a step builds — stays within
 * {@link #COST_BUDGET}, or the rule is undecidable (an error, never a pass).
 *
 * <p>Compiled rules are kept in a cache bounded by the total length of their texts.
 */
final class CelRules {

    /** Characters at most in a rule. */
    static final int MAX_LENGTH = 2_000;
    /** Nesting at most (parentheses, calls, macros inside one another). */
    static final int MAX_NESTING = 24;
    /** Iterations of all the comprehensions of one evaluation together. */
    static final int MAX_ITERATIONS = 20_000;
    /** The work one evaluation may do, and the estimate a rule must stay under to compile. */
    static final long COST_BUDGET = 200_000;
    /** The list size the compile-time estimate assumes, e.g. the children named in a form. */
    static final int ASSUMED_LIST_SIZE = 100;
    /** Characters of rule text the compile cache holds at most. */
    static final long CACHE_CHARACTERS = 2_000_000;

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .maxExpressionCodePointSize(MAX_LENGTH)
            .maxParseRecursionDepth(MAX_NESTING)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .build();
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

    /** Thrown from inside an evaluation that has spent its budget; CEL hands it back wrapped. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super("over budget", null, false, false);
        }
    }

    private final Cache<String, Compiled> compiled;

    CelRules() {
        this(CACHE_CHARACTERS);
    }

    /** With a compile cache of at most {@code cacheCharacters} characters of rule text. */
    CelRules(long cacheCharacters) {
        this.compiled = Caffeine.newBuilder()
                .maximumWeight(cacheCharacters)
                .weigher((String rule, Compiled program) -> rule.length())
                .executor(Runnable::run)
                .build();
    }

    /** Why the rule does not compile, naming the rule; null when it compiles. */
    String compileError(String rule) {
        return compile(rule).error();
    }

    RuleOutcome evaluate(String rule, RuleInputs inputs) {
        Compiled program = compile(rule);
        if (program.error() != null) {
            return RuleOutcome.error(program.error());
        }
        long[] cost = {0};
        try {
            Object result = program.program().trace(CelValues.variables(inputs), (expr, value) -> {
                cost[0] += 1 + builtSize(expr, value);
                if (cost[0] > COST_BUDGET) {
                    throw new OverBudget();
                }
            });
            if (result instanceof Boolean holds) {
                return holds ? RuleOutcome.HOLDS : RuleOutcome.NOT_MET;
            }
            return RuleOutcome.error("`" + rule + "` gave " + result + ", not true or false");
        } catch (CelEvaluationException e) {
            if (e.getCause() instanceof OverBudget) {
                return RuleOutcome.error("`" + rule + "` did more work than a rule may on this application");
            }
            return RuleOutcome.error("`" + rule + "` could not be evaluated: " + e.getMessage());
        }
    }

    /** Entries of the compile cache, for tests of its bound. */
    long cachedRules() {
        compiled.cleanUp();
        return compiled.estimatedSize();
    }

    private Compiled compile(String rule) {
        if (rule.length() > MAX_LENGTH) {
            // Refused before parsing, and not cached: a huge text must not fill the cache.
            return new Compiled(null, "the rule is " + rule.length() + " characters long; at most " + MAX_LENGTH);
        }
        return compiled.get(rule, CelRules::compileNow);
    }

    private static Compiled compileNow(String text) {
        CelValidationResult result = COMPILER.compile(text);
        if (result.hasError()) {
            return new Compiled(null, "`" + text + "` does not compile: " + result.getIssueString());
        }
        try {
            CelExpr expr = result.getAst().getExpr();
            long cost = estimatedCost(expr);
            if (cost > COST_BUDGET) {
                return new Compiled(
                        null,
                        "`" + text + "` is too expensive: about " + cost + " steps with lists of " + ASSUMED_LIST_SIZE
                                + " elements, at most " + COST_BUDGET + " (nest fewer comprehensions)");
            }
            return new Compiled(RUNTIME.createProgram(result.getAst()), null);
        } catch (CelValidationException | CelEvaluationException e) {
            return new Compiled(null, "`" + text + "` cannot be run: " + e.getMessage());
        }
    }

    /**
     * The steps an evaluation takes, from the syntax tree alone: one per node, and a comprehension's
     * condition and step once per element of a list of {@link #ASSUMED_LIST_SIZE}, so nesting
     * multiplies. Saturates instead of overflowing.
     */
    static long estimatedCost(CelExpr expr) {
        return switch (expr.getKind()) {
            case SELECT -> plus(1, estimatedCost(expr.select().operand()));
            case CALL -> {
                var call = expr.call();
                long cost = plus(1, call.target().map(CelRules::estimatedCost).orElse(0L));
                for (CelExpr argument : call.args()) {
                    cost = plus(cost, estimatedCost(argument));
                }
                yield cost;
            }
            case LIST ->
                expr.list().elements().stream()
                        .mapToLong(CelRules::estimatedCost)
                        .reduce(1, CelRules::plus);
            case STRUCT ->
                expr.struct().entries().stream()
                        .mapToLong(e -> estimatedCost(e.value()))
                        .reduce(1, CelRules::plus);
            case MAP ->
                expr.map().entries().stream()
                        .mapToLong(e -> plus(estimatedCost(e.key()), estimatedCost(e.value())))
                        .reduce(1, CelRules::plus);
            case COMPREHENSION -> {
                var loop = expr.comprehension();
                long perElement = plus(estimatedCost(loop.loopCondition()), estimatedCost(loop.loopStep()));
                long once = plus(
                        plus(estimatedCost(loop.iterRange()), estimatedCost(loop.accuInit())),
                        estimatedCost(loop.result()));
                yield plus(once, times(ASSUMED_LIST_SIZE, perElement));
            }
            default -> 1;
        };
    }

    /** The size of a list, map or string a call or comprehension has just built (0 for anything else). */
    private static long builtSize(CelExpr expr, Object value) {
        var kind = expr.getKind();
        if (kind != CelExpr.ExprKind.Kind.CALL && kind != CelExpr.ExprKind.Kind.COMPREHENSION) {
            return 0;
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value instanceof CharSequence text ? text.length() : 0;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
