package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.accepted;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.refused;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;

class AdvanceTest {

    private final Advance advance = ActionTable.ADVANCE;

    @Test
    void whoeverTheStepNamesMovesItToTheNext() {
        assertThat(advance.parties()).containsExactly(Party.STEP_ACTOR);
        var a = accepted("2026-03-02", PLANT);
        assertThat(advance.to().after(a)).isEqualTo(ApplicationState.IN_REVIEW);
        var notice = advance.take(a, new Advance.Request(null), on("2026-03-05", PLANT));
        assertThat(notice.finishedStep()).isEqualTo("review");
        assertThat(notice.overran()).isFalse();
        assertThat(a.currentStep).isEqualTo("decide");
        assertThat(a.stepDue).isEqualTo(d("2026-03-06"));
    }

    @Test
    void aStepFinishedTheDayAfterItsDueDateOverran() {
        var a = accepted("2026-03-02", PLANT);
        assertThat(advance.take(a, new Advance.Request(null), on("2026-03-06", PLANT))
                        .overran())
                .isTrue();
        assertThat(a.overranSteps).isEqualTo(1);
    }

    @Test
    void theLastStepIsDecidedNotAdvanced() {
        var a = Fixtures.atLastStep("2026-03-02", "2026-03-03", PLANT);
        refused(() -> advance.take(a, new Advance.Request(null), on("2026-03-04", PLANT)), "last-step");
    }
}
