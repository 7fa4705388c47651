package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.accepted;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;

/** {@link StartSpecialProcedure} and {@link EndSpecialProcedure}: Art. 45's pause, added back. */
class SpecialProcedureTest {

    private final StartSpecialProcedure start = ActionTable.START_SPECIAL_PROCEDURE;
    private final EndSpecialProcedure end = ActionTable.END_SPECIAL_PROCEDURE;
    private final StartSpecialProcedure.Request expertReview = new StartSpecialProcedure.Request(
            new StartSpecialProcedure.Procedure(StartSpecialProcedure.Kind.EXPERT_REVIEW, "拆除方案需专家论证", 3), null);

    @Test
    void theKindReasonAndExpectedLengthAreToldToTheApplicant() {
        assertThat(invalidFields(
                        new StartSpecialProcedure.Request(new StartSpecialProcedure.Procedure(null, "", 0), null)))
                .containsExactlyInAnyOrder("procedure.kind", "procedure.reason", "procedure.expectedWorkingDays");
        assertThat(start.parties()).containsExactly(Party.DEPARTMENT_REVIEWER);
    }

    @Test
    void pausedAcrossNationalDayAndAddedBack() {
        var a = accepted("2026-09-28", PLANT);
        assertThat(a.promisedDue).isEqualTo(d("2026-10-10"));
        var told = start.change(a, expertReview, on("2026-09-30", PLANT));
        assertThat(told.reason()).isEqualTo("拆除方案需专家论证");
        assertThat(start.sms(a, told)).isPresent();
        assertThat(start.to().after(a)).isEqualTo(ApplicationState.SPECIAL_PROCEDURE);
        a.state = ApplicationState.SPECIAL_PROCEDURE;
        assertThat(end.to().after(a)).as("back where it was paused").isEqualTo(ApplicationState.ACCEPTED);
        var notice = end.change(a, new EndSpecialProcedure.Request(null), on("2026-10-09", PLANT));
        // working days after 09-30 up to 10-09: 10-08 and 10-09
        assertThat(notice.pausedWorkingDays()).isEqualTo(2);
        assertThat(a.promisedDue).isEqualTo(d("2026-10-13"));
        assertThat(a.stepDue).isEqualTo(d("2026-10-10"));
        assertThat(a.pausedSince).isNull();
        assertThat(a.pausedState).isNull();
    }
}
