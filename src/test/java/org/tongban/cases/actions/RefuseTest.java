package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.atLastStep;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.Counters;

/** Art. 38: a refusal states its reasons and the right to review or sue; here its legal basis too. */
class RefuseTest {

    private final Refuse refuse = ActionTable.REFUSE;

    @Test
    void reasonsLegalBasisAndTheRightToReviewAreRequired() {
        assertThat(invalidFields(new Refuse.Request(List.of(), " ", null, null)))
                .containsExactlyInAnyOrder("reasons", "legalBasis", "rightToReview");
    }

    @Test
    void aWrittenReasonedDecisionWithTheRemedies() {
        var a = atLastStep("2026-03-02", "2026-03-04", PLANT);
        Decision decision = refuse.take(
                a,
                new Refuse.Request(List.of("容积率超出控规"), "《城乡规划法》第四十条", "可于六十日内申请行政复议", null),
                on("2026-03-05", PLANT));
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.REFUSED);
        assertThat(decision.rightToReview()).isEqualTo("可于六十日内申请行政复议");
        assertThat(Decision.of(a, Fixtures.CODEC)).isEqualTo(decision);
        assertThat(refuse.counters(a, on("2026-03-05", PLANT))).isEqualTo(Counters.decision(false, true, 3));
        assertThat(refuse.sms(a, decision)).isPresent();
    }
}
