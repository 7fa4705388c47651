package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

class WithdrawTest {

    private final Withdraw withdraw = ActionTable.WITHDRAW;

    @Test
    void theApplicantWithdrawsExactlyUntilADecision() {
        for (ApplicationState state : ApplicationState.values()) {
            assertThat(withdraw.from().contains(state)).as(state.name()).isEqualTo(state.undecided());
        }
        assertThat(withdraw.parties()).containsExactly(Party.APPLICANT);
    }

    @Test
    void countedAsWithdrawn() {
        var a = received("2026-03-02");
        withdraw.take(a, new Withdraw.Request("不再需要"), on("2026-03-03", PLANT));
        assertThat(withdraw.to().after(a)).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(withdraw.counters(a, on("2026-03-03", PLANT))).isEqualTo(Counters.WITHDRAWN);
    }
}
