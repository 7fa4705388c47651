package org.tongban.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

    @Test
    void greenYellowRed() {
        assertThat(WarningRules.colour(false, 3, false, 0, 1)).isEqualTo(Warning.GREEN);
        assertThat(WarningRules.colour(false, 1, false, 0, 1)).isEqualTo(Warning.YELLOW);
        assertThat(WarningRules.colour(false, 0, false, 0, 1)).as("due today").isEqualTo(Warning.YELLOW);
        assertThat(WarningRules.colour(false, 2, false, 0, 2))
                .as("item threshold")
                .isEqualTo(Warning.YELLOW);
        assertThat(WarningRules.colour(true, 0, false, 0, 1))
                .as("overdue on a rest day")
                .isEqualTo(Warning.RED);
    }

    @Test
    void aStepThatOverranItsOwnLimitIsRedEvenWithinTheWholeLimit() {
        assertThat(WarningRules.colour(false, 5, true, 0, 1)).isEqualTo(Warning.RED);
        assertThat(WarningRules.colour(false, 5, false, 1, 1)).isEqualTo(Warning.RED);
    }

    @Test
    void overdueIsDecidedOnDates() {
        assertThat(WarningRules.isOverdue(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 6)))
                .isTrue();
        assertThat(WarningRules.isOverdue(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6)))
                .isFalse();
        assertThat(WarningRules.isOverdue(LocalDate.of(2026, 3, 6), null)).isFalse();
    }
}
