package org.tongban.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Deadline;
import org.tongban.cases.Warning;

class WarningRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 6);

    private static Deadline due(Deadline.Kind kind, String day) {
        return new Deadline(kind, LocalDate.parse(day));
    }

    /** Working days left as a table, so the rule is tested on its own. */
    private static ToIntFunction<LocalDate> left(Map<String, Integer> days) {
        return due -> days.get(due.toString());
    }

    private static WarningRules.Assessment assess(int overran, int threshold, Deadline... deadlines) {
        return WarningRules.assess(
                List.of(deadlines),
                TODAY,
                left(Map.of("2026-03-06", 0, "2026-03-09", 1, "2026-03-10", 2, "2026-03-13", 5)),
                overran,
                threshold);
    }

    @Test
    void greenYellowRedOnEachSideOfTheThreshold() {
        assertThat(assess(0, 1, due(Deadline.Kind.PROMISED, "2026-03-10")).colour())
                .isEqualTo(Warning.GREEN);
        assertThat(assess(0, 1, due(Deadline.Kind.PROMISED, "2026-03-09")).colour())
                .isEqualTo(Warning.YELLOW);
        assertThat(assess(0, 1, due(Deadline.Kind.PROMISED, "2026-03-06")).colour())
                .as("due today")
                .isEqualTo(Warning.YELLOW);
        assertThat(assess(0, 2, due(Deadline.Kind.PROMISED, "2026-03-10")).colour())
                .as("item threshold")
                .isEqualTo(Warning.YELLOW);
        assertThat(assess(0, 1, due(Deadline.Kind.PROMISED, "2026-03-05")).colour())
                .as("overdue, decided on dates")
                .isEqualTo(Warning.RED);
    }

    @Test
    void theWorstClockGivesTheColourAndIsNamed() {
        var assessment = assess(
                0,
                1,
                due(Deadline.Kind.PROMISED, "2026-03-13"),
                due(Deadline.Kind.STATUTORY, "2026-03-13"),
                due(Deadline.Kind.STEP, "2026-03-05"));
        assertThat(assessment.colour()).isEqualTo(Warning.RED);
        assertThat(assessment.deadline().kind()).isEqualTo(Deadline.Kind.STEP);
        var both = assess(0, 1, due(Deadline.Kind.PROMISED, "2026-03-05"), due(Deadline.Kind.STATUTORY, "2026-03-05"));
        assertThat(both.deadline().kind())
                .as("the statutory limit is the more serious")
                .isEqualTo(Deadline.Kind.STATUTORY);
    }

    @Test
    void everyClockOfTheLawTurnsRedOnceItHasRunOut() {
        for (Deadline.Kind kind : List.of(
                Deadline.Kind.ACCEPTANCE, Deadline.Kind.STATUTORY, Deadline.Kind.STEP, Deadline.Kind.DELIVERY)) {
            assertThat(assess(0, 1, due(kind, "2026-03-06")).colour())
                    .as(kind.name())
                    .isEqualTo(Warning.YELLOW);
            assertThat(assess(0, 1, due(kind, "2026-03-05")).colour())
                    .as(kind.name())
                    .isEqualTo(Warning.RED);
        }
    }

    @Test
    void anUnansweredSupplementNoticeIsYellowNeverRed() {
        assertThat(assess(0, 1, due(Deadline.Kind.SUPPLEMENT, "2026-03-06")).colour())
                .isEqualTo(Warning.GREEN);
        assertThat(assess(0, 1, due(Deadline.Kind.SUPPLEMENT, "2026-03-05")).colour())
                .isEqualTo(Warning.YELLOW);
    }

    @Test
    void aStepThatOverranItsOwnLimitIsRedEvenWithinTheWholeLimit() {
        var assessment = assess(1, 1, due(Deadline.Kind.PROMISED, "2026-03-13"), due(Deadline.Kind.STEP, "2026-03-13"));
        assertThat(assessment.colour()).isEqualTo(Warning.RED);
        assertThat(assessment.deadline().kind()).isEqualTo(Deadline.Kind.STEP);
    }

    @Test
    void noClockNoColour() {
        assertThat(assess(0, 1)).isEqualTo(WarningRules.Assessment.NONE);
    }

    @Test
    void anOverdueClockIsRedEvenWhenTheCalendarCannotCountTheDaysLeft() {
        ToIntFunction<LocalDate> unknown = due -> {
            throw new UnknownCalendarYearException(2027);
        };
        assertThat(WarningRules.assess(List.of(due(Deadline.Kind.PROMISED, "2026-03-05")), TODAY, unknown, 0, 1)
                        .colour())
                .isEqualTo(Warning.RED);
    }
}
