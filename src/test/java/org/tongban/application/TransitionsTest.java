package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Properties of the one transition table. */
class TransitionsTest {

    @Test
    void finishedCasesAcceptNoAction() {
        for (ApplicationState done :
                EnumSet.of(ApplicationState.NOT_ACCEPTED, ApplicationState.COMPLETED, ApplicationState.WITHDRAWN)) {
            assertThat(Transitions.allowedIn(done)).as(done.name()).isEmpty();
        }
    }

    @Test
    void theApplicantMayWithdrawExactlyUntilADecision() {
        for (ApplicationState state : ApplicationState.values()) {
            boolean withdrawable = Transitions.find(state, Action.WITHDRAW).isPresent();
            assertThat(withdrawable).as(state.name()).isEqualTo(state.undecided());
        }
    }

    @Test
    void onlyTheServiceDeemsAcceptanceOrApprovesInstantly() {
        Transitions.table().stream()
                .filter(t -> t.action() == Action.DEEM_ACCEPTED || t.action() == Action.INSTANT_APPROVE)
                .forEach(t -> assertThat(t.parties()).containsExactly(Party.SYSTEM));
    }

    @Test
    void eachStateAndActionHasAtMostOneRow() {
        assertThat(Transitions.table().stream()
                        .map(t -> t.from() + "/" + t.action())
                        .distinct()
                        .count())
                .isEqualTo(Transitions.table().size());
    }

    @Test
    void decisionsAreTakenByWhoeverTheCurrentStepNames() {
        assertThat(Transitions.find(ApplicationState.IN_REVIEW, Action.APPROVE)
                        .orElseThrow()
                        .parties())
                .containsExactly(Party.STEP_ACTOR);
        assertThat(Transitions.find(ApplicationState.SPECIAL_PROCEDURE, Action.APPROVE))
                .isEmpty();
    }
}
