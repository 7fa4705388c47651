package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.accepted;
import static org.tongban.cases.actions.Fixtures.atLastStep;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.refused;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;
import org.tongban.common.Problem;
import org.tongban.common.ProblemException;

class ApproveTest {

    private final Approve approve = ActionTable.APPROVE;
    private final Approve.Request request = new Approve.Request(null);

    @Test
    void decidedAtTheLastStep() {
        refused(
                () -> approve.take(accepted("2026-03-02", PLANT), request, on("2026-03-03", PLANT)),
                "not-at-last-step");
        var a = atLastStep("2026-03-02", "2026-03-04", PLANT);
        Decision decision = approve.take(a, request, on("2026-03-05", PLANT));
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.APPROVED);
        assertThat(approve.to().after(a)).isEqualTo(ApplicationState.APPROVED);
        assertThat(approve.sms(a, decision)).isPresent();
    }

    @Test
    void notWhileAMaterialIsOwedAndTheRefusalListsIt() {
        var a = atLastStep("2026-03-02", "2026-03-04", PLANT);
        a.owedMaterials = "[\"eia-approval\"]";
        assertThatThrownBy(() -> approve.take(a, request, on("2026-03-05", PLANT)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(
                                ((ProblemException) e).toProblem(Locale.ENGLISH).errors())
                        .extracting(Problem.FieldProblem::message)
                        .containsExactly("eia-approval is still owed: hand it in first"));
        assertThat(a.decision).isNull();
    }

    @Test
    void onTimeUpToThePromisedDueDate() {
        var onTheDay = atLastStep("2026-03-02", "2026-03-04", PLANT);
        approve.take(onTheDay, request, on("2026-03-09", PLANT));
        assertThat(approve.counters(onTheDay, on("2026-03-09", PLANT))).isEqualTo(Counters.decision(true, true, 5));
        var dayAfter = atLastStep("2026-03-02", "2026-03-04", PLANT);
        approve.take(dayAfter, request, on("2026-03-10", PLANT));
        assertThat(approve.counters(dayAfter, on("2026-03-10", PLANT))).isEqualTo(Counters.decision(true, false, 6));
    }
}
