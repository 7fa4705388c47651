package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;
import static org.tongban.cases.actions.Fixtures.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;
import org.tongban.catalog.RuleFailure;
import org.tongban.common.LocalizedText;
import org.tongban.common.Message;
import org.tongban.common.Messages;

class RefuseAcceptanceTest {

    private final RefuseAcceptance refuse = ActionTable.REFUSE_ACCEPTANCE;
    private final RefuseAcceptance.Request reasoned =
            new RefuseAcceptance.Request(List.of("不属于本机关职权范围"), null, "可于六十日内申请行政复议或六个月内提起行政诉讼", null);

    @Test
    void reasonsAndTheRightToReviewAreRequired() {
        assertThat(invalidFields(new RefuseAcceptance.Request(List.of(), null, " ", null)))
                .containsExactlyInAnyOrder("reasons", "rightToReview");
        assertThat(invalidFields(reasoned)).isEmpty();
    }

    @Test
    void aWrittenDatedDecisionToldBySms() {
        var a = received("2026-03-02");
        Decision decision = refuse.take(a, reasoned, on("2026-03-04", PLANT));
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.NOT_ACCEPTED);
        assertThat(decision.decidedOn()).isEqualTo(d("2026-03-04"));
        assertThat(Decision.of(a, Fixtures.CODEC)).isEqualTo(decision);
        assertThat(refuse.to().after(a)).isEqualTo(ApplicationState.NOT_ACCEPTED);
        assertThat(refuse.counters(a, on("2026-03-04", PLANT))).isEqualTo(Counters.NOT_ACCEPTED);
        assertThat(refuse.sms(a, decision))
                .hasValueSatisfying(
                        sms -> assertThat(Messages.text(Messages.CHINESE, sms)).contains("救济途径"));
    }

    @Test
    void withinTheFiveWorkingDaysOfArticle32() {
        var a = received("2026-03-02");
        refuse.take(a, reasoned, on("2026-03-09", PLANT));
        refused(() -> refuse.take(received("2026-03-02"), reasoned, on("2026-03-10", PLANT)), "acceptance-period-over");
    }

    @Test
    void afterASupplementNoticeAtAnyTime() {
        var a = received("2026-03-02");
        a.state = ApplicationState.SUPPLEMENT_REQUESTED;
        assertThat(refuse.take(a, reasoned, on("2026-04-10", PLANT)).outcome())
                .isEqualTo(Decision.Outcome.NOT_ACCEPTED);
    }

    private static final RuleFailure TOO_FEW_MONTHS = new RuleFailure(
            new LocalizedText("连续足额缴存住房公积金满3个月", "Contributions paid in full for 3 consecutive months"),
            "contributions",
            "contributionMonths",
            RuleFailure.NOT_MET,
            Message.of("condition.not-met", "contributions"));

    @Test
    void onFilingTheUnmetConditionsAreTheReasonsInTheHoldersName() {
        var a = received("2026-03-02");
        var filed = new RefuseAcceptance.OnFiling(List.of(TOO_FEW_MONTHS), 3);
        Decision decision = refuse.take(a, filed, on("2026-03-02", PLANT));
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.NOT_ACCEPTED);
        assertThat(decision.decidedOn()).isEqualTo(d("2026-03-02"));
        assertThat(decision.decidedBy()).isEqualTo(Fixtures.HOLDER);
        assertThat(decision.filedDespiteUnmetConditions()).isTrue();
        assertThat(decision.reasons()).singleElement().asString().contains("受理条件未满足：连续足额缴存住房公积金满3个月");
        assertThat(decision.unmetConditions())
                .containsExactly(new Decision.UnmetCondition("form.contributionMonths", TOO_FEW_MONTHS.text()));
        assertThat(decision.legalBasis()).contains("第三十二条", "第三十八条", "第3版");
        assertThat(decision.rightToReview()).contains("行政复议", "行政诉讼");
        assertThat(Decision.of(a, Fixtures.CODEC)).isEqualTo(decision);
        assertThat(refuse.counters(a, on("2026-03-02", PLANT))).isEqualTo(Counters.NOT_ACCEPTED);
        assertThat(refuse.sms(a, decision))
                .hasValueSatisfying(
                        sms -> assertThat(Messages.text(Messages.CHINESE, sms)).contains("救济途径"));
    }

    @Test
    void aWindowsDecisionListsNoConditions() {
        Decision decision = refuse.take(received("2026-03-02"), reasoned, on("2026-03-02", PLANT));
        assertThat(decision.unmetConditions()).isNull();
        assertThat(decision.filedDespiteUnmetConditions()).isNull();
    }

    @Test
    void onFilingOnlyForUnmetConditionsOnTheDayOfReceipt() {
        assertThatThrownBy(() -> new RefuseAcceptance.OnFiling(List.of(), 3))
                .isInstanceOf(IllegalArgumentException.class);
        var ruleError = new RuleFailure(
                TOO_FEW_MONTHS.text(),
                "contributions",
                null,
                "rule-error",
                Message.of("form-schema.message", "no such field"));
        assertThatThrownBy(() -> new RefuseAcceptance.OnFiling(List.of(ruleError), 3))
                .isInstanceOf(IllegalArgumentException.class);
        var filed = new RefuseAcceptance.OnFiling(List.of(TOO_FEW_MONTHS), 3);
        assertThatThrownBy(() -> refuse.take(received("2026-03-02"), filed, on("2026-03-03", PLANT)))
                .isInstanceOf(IllegalStateException.class);
    }
}
