package org.tongban.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.actions.Decision;

class RatingRulesTest {

    private static final Decision INSTANT = Decision.grantedInstantly(LocalDate.of(2026, 3, 2), null, List.of("cap"));
    private static final Decision APPROVED = Decision.granted(LocalDate.of(2026, 3, 2), null);

    @Test
    void finishedCasesWhoseResultTheApplicantHasAreRated() {
        for (ApplicationState state :
                EnumSet.of(ApplicationState.NOT_ACCEPTED, ApplicationState.WITHDRAWN, ApplicationState.COMPLETED)) {
            assertThat(RatingRules.rateable(state, null)).as(state.name()).isTrue();
        }
        assertThat(RatingRules.rateable(ApplicationState.APPROVED, INSTANT))
                .as("秒批")
                .isTrue();
    }

    @Test
    void notBeforeTheResultIsThere() {
        assertThat(RatingRules.rateable(ApplicationState.APPROVED, APPROVED))
                .as("approved, not delivered")
                .isFalse();
        assertThat(RatingRules.rateable(ApplicationState.REFUSED, null))
                .as("refused, not delivered")
                .isFalse();
        for (ApplicationState state : ApplicationState.values()) {
            if (state.undecided()) {
                assertThat(RatingRules.rateable(state, null)).as(state.name()).isFalse();
            }
        }
    }
}
