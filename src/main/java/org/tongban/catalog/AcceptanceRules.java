package org.tongban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.common.Message;

/**
 * The machine-checkable side of a version: acceptance conditions, the cases materials apply to
 * (情形) and instant approval (秒批). A rule that cannot be evaluated never throws: it counts as
 * not met, with the reason. Thread-safe; share one instance.
 */
public final class AcceptanceRules {

    private final CelRules cel = new CelRules();

    /** Why the rule does not compile, naming the rule and the error; empty when it compiles. */
    public Optional<String> compileError(String rule) {
        return Optional.ofNullable(cel.compileError(rule));
    }

    public RuleOutcome evaluate(String rule, RuleInputs inputs) {
        return cel.evaluate(rule, inputs);
    }

    /** Every condition the application does not meet; conditions without a rule are left to people. */
    public List<RuleFailure> unmetConditions(List<Condition> conditions, RuleInputs inputs) {
        List<RuleFailure> failures = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition.rule() != null) {
                failure(condition, evaluate(condition.rule(), inputs)).ifPresent(failures::add);
            }
        }
        return failures;
    }

    /** Whether the material's case applies; a material without a case always applies. */
    public RuleOutcome appliesWhen(Material material, RuleInputs inputs) {
        return material.appliesWhen() == null ? RuleOutcome.HOLDS : evaluate(material.appliesWhen(), inputs);
    }

    /** Approved only when the version has instant approval and all its rules hold. */
    public InstantDecision instantApproval(InstantApproval instant, RuleInputs inputs) {
        if (instant == null || instant.rules() == null || instant.rules().isEmpty()) {
            return new InstantDecision(false, List.of(), List.of());
        }
        List<RuleFailure> failures = new ArrayList<>();
        for (Condition rule : instant.rules()) {
            RuleOutcome outcome =
                    rule.rule() == null ? RuleOutcome.error("the rule is missing") : evaluate(rule.rule(), inputs);
            failure(rule, outcome).ifPresent(failures::add);
        }
        boolean approved = failures.isEmpty();
        return new InstantDecision(approved, approved ? instant.rules() : List.of(), failures);
    }

    private static Optional<RuleFailure> failure(Condition condition, RuleOutcome outcome) {
        if (outcome.holds()) {
            return Optional.empty();
        }
        Object what = condition.text() == null ? condition.rule() : condition.text();
        String code = outcome.isError() ? RuleFailure.ERROR : RuleFailure.NOT_MET;
        Message message = outcome.isError()
                ? Message.of("condition.not-checked", what, outcome.error())
                : Message.of("condition.not-met", what);
        return Optional.of(new RuleFailure(condition.text(), condition.rule(), condition.field(), code, message));
    }
}
