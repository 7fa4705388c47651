package org.tongban.catalog;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.catalog.CatalogFixtures.json;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongban.common.LocalizedText;
import org.tongban.common.Messages;

class AcceptanceRulesTest {

    static final AcceptanceRules RULES = new AcceptanceRules();
    static final ApplicantFacts ADULT_IN_HAICANG = new ApplicantFacts(ApplicantKind.PERSON, 35, "350205", false, null);

    static RuleInputs inputs(String form, String params) {
        return new RuleInputs(json(form), json(params), ADULT_IN_HAICANG);
    }

    static Condition condition(String en, String rule, String field) {
        return new Condition(new LocalizedText("中文", en), rule, field);
    }

    static final List<Condition> RENT_CONDITIONS = List.of(
            condition("Three months of contributions", "form.contributionMonths >= 3", "contributionMonths"),
            condition("Rent within the cap", "form.monthlyRent <= params.rentCapPerMonth", "monthlyRent"),
            condition("Declared truthfully", null, null));

    @Test
    void conditionsThatHoldGiveNoFailures() {
        var in = inputs("{contributionMonths: 36, monthlyRent: 1200}", "{rentCapPerMonth: 1500}");
        assertThat(RULES.unmetConditions(RENT_CONDITIONS, in)).isEmpty();
    }

    @Test
    void everyUnmetConditionIsListedWithItsTextAndField() {
        var in = inputs("{contributionMonths: 2, monthlyRent: 1800}", "{rentCapPerMonth: 1500}");
        assertThat(RULES.unmetConditions(RENT_CONDITIONS, in))
                .extracting(f -> f.text().en(), RuleFailure::field, RuleFailure::code)
                .containsExactly(
                        tuple("Three months of contributions", "contributionMonths", "condition-not-met"),
                        tuple("Rent within the cap", "monthlyRent", "condition-not-met"));
    }

    @Test
    void aMissingFieldIsAFailureWithItsReasonNotAnException() {
        var in = inputs("{monthlyRent: 1200}", "{rentCapPerMonth: 1500}");
        assertThat(RULES.unmetConditions(RENT_CONDITIONS, in)).singleElement().satisfies(failure -> {
            assertThat(failure.code()).isEqualTo("rule-error");
            assertThat(failure.field()).isEqualTo("contributionMonths");
            assertThat(Messages.text(Locale.ENGLISH, failure.message()))
                    .contains("form.contributionMonths >= 3", "contributionMonths");
        });
    }

    @Test
    void aFieldThatIsNullCountsAsNotGiven() {
        assertThat(RULES.evaluate("!has(form.monthlyRent)", inputs("{monthlyRent: null}", "{}"))
                        .holds())
                .isTrue();
    }

    @Test
    void integersAndDecimalsAreTheSameNumbers() {
        for (String rent : List.of("1200", "1200.0")) {
            var in = inputs("{monthlyRent: " + rent + ", withdrawAmount: 3600, months: 3}", "{cap: 1500.0}");
            assertThat(RULES.evaluate("form.withdrawAmount <= form.monthlyRent * 3.0", in))
                    .as(rent)
                    .isEqualTo(RuleOutcome.HOLDS);
            assertThat(RULES.evaluate("form.monthlyRent <= params.cap", in)).isEqualTo(RuleOutcome.HOLDS);
            assertThat(RULES.evaluate("form.months >= 3 && form.months == 3", in))
                    .isEqualTo(RuleOutcome.HOLDS);
            assertThat(RULES.evaluate("form.months in [1, 2, 3]", in)).isEqualTo(RuleOutcome.HOLDS);
        }
    }

    @Test
    void intArithmeticOnFormNumbersFailsForEveryInputSoTheExampleCatchesIt() {
        for (String months : List.of("3", "3.0")) {
            var outcome = RULES.evaluate("form.months * 2 >= 6", inputs("{months: " + months + "}", "{}"));
            assertThat(outcome.isError()).as(months).isTrue();
        }
    }

    @Test
    void applicantFactsComeFromIdentity() {
        assertThat(RULES.evaluate("applicant.age >= 18 && applicant.district == '350205'", inputs("{}", "{}")))
                .isEqualTo(RuleOutcome.HOLDS);
        var anonymous = new RuleInputs(json("{}"), json("{}"), null);
        assertThat(RULES.evaluate("applicant.age >= 18", anonymous).isError()).isTrue();
    }

    @Test
    void organisationsAgentsAndStatutoryRetirementAreFacts() {
        var company = new RuleInputs(
                json("{}"), json("{}"), new ApplicantFacts(ApplicantKind.ORGANISATION, null, null, true, null));
        assertThat(RULES.evaluate("applicant.kind == 'ORGANISATION' && applicant.agent", company))
                .isEqualTo(RuleOutcome.HOLDS);
        assertThat(RULES.evaluate("has(applicant.age)", company)).isEqualTo(RuleOutcome.NOT_MET);
        var retiredWoman = new RuleInputs(
                json("{category: 'female-50'}"),
                json("{}"),
                new ApplicantFacts(
                        ApplicantKind.PERSON,
                        52,
                        null,
                        false,
                        java.util.Map.of("male-60", false, "female-55", false, "female-50", true)));
        assertThat(RULES.evaluate("applicant.retirementAgeReached[form.category]", retiredWoman))
                .isEqualTo(RuleOutcome.HOLDS);
        assertThat(RULES.evaluate("applicant.retirementAgeReached['female-55']", retiredWoman))
                .isEqualTo(RuleOutcome.NOT_MET);
    }

    @Test
    void compileErrorsNameTheRule() {
        assertThat(RULES.compileError("form.x >"))
                .hasValueSatisfying(error -> assertThat(error).contains("form.x >"));
        assertThat(RULES.compileError("form.x + 1")).as("not boolean").isPresent();
        assertThat(RULES.compileError("income > 3")).as("unknown variable").isPresent();
        assertThat(RULES.compileError("form.x in ['a', 'b'] && has(form.y)")).isEmpty();
    }

    @Test
    void aRuleThatDoesNotCompileIsAnErrorWhenEvaluated() {
        var outcome = RULES.evaluate("form.x >", inputs("{x: 1}", "{}"));
        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.error()).contains("does not compile");
    }

    @Test
    void aNonBooleanValueIsAnError() {
        assertThat(RULES.evaluate("form.flag", inputs("{flag: 'yes'}", "{}")).isError())
                .isTrue();
    }

    @Test
    void materialsApplyInTheirCase() {
        var always = material(null);
        var withLease = material("form.hasLease");
        assertThat(RULES.appliesWhen(always, inputs("{}", "{}"))).isEqualTo(RuleOutcome.HOLDS);
        assertThat(RULES.appliesWhen(withLease, inputs("{hasLease: true}", "{}")))
                .isEqualTo(RuleOutcome.HOLDS);
        assertThat(RULES.appliesWhen(withLease, inputs("{hasLease: false}", "{}")))
                .isEqualTo(RuleOutcome.NOT_MET);
        assertThat(RULES.appliesWhen(withLease, inputs("{}", "{}")).isError()).isTrue();
    }

    @Test
    void instantApprovalWhenEveryRuleHolds() {
        var instant = new InstantApproval(List.of(
                condition("Rent within the cap", "form.monthlyRent <= params.cap", null),
                condition("At most three months", "form.withdrawAmount <= form.monthlyRent * 3.0", null)));
        var approved =
                RULES.instantApproval(instant, inputs("{monthlyRent: 1200, withdrawAmount: 3600}", "{cap: 1500}"));
        assertThat(approved.approved()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo(instant.rules());
        assertThat(approved.failures()).isEmpty();

        var refused =
                RULES.instantApproval(instant, inputs("{monthlyRent: 1200, withdrawAmount: 4000}", "{cap: 1500}"));
        assertThat(refused.approved()).isFalse();
        assertThat(refused.approvedBy()).isEmpty();
        assertThat(refused.failures()).extracting(f -> f.text().en()).containsExactly("At most three months");
    }

    @Test
    void noInstantApprovalWithoutRules() {
        assertThat(RULES.instantApproval(null, inputs("{}", "{}")).approved()).isFalse();
    }

    @Test
    void oneInstanceServesManyThreads() {
        var rules = new AcceptanceRules();
        var results = IntStream.range(0, 2_000)
                .parallel()
                .mapToObj(i -> rules.evaluate("form.n >= 0 && form.n < 2000", inputs("{n: " + i + "}", "{}")))
                .toList();
        assertThat(results).containsOnly(RuleOutcome.HOLDS);
    }

    static Material material(String appliesWhen) {
        return new Material(
                "lease",
                new LocalizedText("租赁合同", "Lease contract"),
                Necessity.REQUIRED,
                MaterialSource.APPLICANT,
                Medium.EITHER,
                1,
                0,
                appliesWhen,
                null,
                null);
    }

    // Bounded work: a rule is limited when compiled (so an expensive one cannot be published) and
    // when evaluated (whatever the application brings).

    static final String SEVEN_NESTED_ALLS = "form.xs.all(a, form.xs.all(b, form.xs.all(c, form.xs.all(d,"
            + " form.xs.all(e, form.xs.all(f, form.xs.all(g, a + b + c + d + e + f + g >= 0.0)))))))";

    @Test
    void aRuleWhoseEstimatedCostIsTooHighDoesNotCompile() {
        assertThat(RULES.compileError(SEVEN_NESTED_ALLS))
                .hasValueSatisfying(error -> assertThat(error).contains("too expensive"));
        assertThat(RULES.compileError("form.xs.all(a, form.xs.all(b, a + b >= 0.0))"))
                .as("two nested comprehensions over lists of 100 stay within the budget")
                .isEmpty();
    }

    @Test
    void aRuleTooLongOrTooDeeplyNestedDoesNotCompile() {
        assertThat(RULES.compileError("true" + " && true".repeat(300)))
                .hasValueSatisfying(error -> assertThat(error).contains("at most 2000"));
        assertThat(RULES.compileError("(".repeat(40) + "true" + ")".repeat(40)))
                .hasValueSatisfying(error -> assertThat(error).contains("recursion limit"));
    }

    @Test
    void evaluationStopsWhenTheApplicationMakesARuleExpensive() {
        String list = IntStream.range(0, 2000).mapToObj(String::valueOf).collect(joining(",", "{xs: [", "]}"));
        long started = System.nanoTime();
        RuleOutcome nested = RULES.evaluate("form.xs.all(a, form.xs.all(b, a + b >= 0.0))", inputs(list, "{}"));
        assertThat(nested.isError()).isTrue();
        RuleOutcome copies = RULES.evaluate("form.xs.map(x, form.xs + form.xs).size() > 0", inputs(list, "{}"));
        assertThat(copies.isError()).isTrue();
        assertThat(copies.error()).contains("more work than a rule may");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void theCompileCacheIsBounded() {
        var rules = new CelRules(1_000);
        IntStream.range(0, 60).forEach(i -> rules.compileError("form.contributionMonths >= " + i));
        assertThat(rules.cachedRules()).isLessThanOrEqualTo(1_000 / "form.contributionMonths >= 0".length());
        assertThat(rules.compileError("form.contributionMonths >= 3")).isNull();
    }
}
