package org.tongban.cases.clock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.tongban.cases.Deadline;
import org.tongban.cases.Warning;

/**
 * 电子监察 colours over every clock of a case: a clock is red once its due date has passed, yellow
 * when the working days left are at or below the item's threshold, green otherwise; a case is as red
 * as its worst clock, and red as well when a flow step overran its own limit (even while the whole is
 * still within its limit). A supplement notice left unanswered turns yellow, never red: the agency
 * has nothing overdue, but someone should call the applicant. Pure.
 */
public final class WarningRules {

    private WarningRules() {}

    /** The case's colour and the clock that gives it; GREEN with no clock when none runs. */
    public record Assessment(Warning colour, Deadline deadline) {

        public static final Assessment NONE = new Assessment(Warning.GREEN, null);
    }

    /**
     * @param remaining working days left until a due date (0 on the day); may throw when the
     *     calendar of a year between today and the due date is not known
     * @param overranSteps earlier steps that finished after their own due date
     * @param yellowThreshold the item version's threshold (default 1)
     */
    public static Assessment assess(
            List<Deadline> deadlines,
            LocalDate today,
            ToIntFunction<LocalDate> remaining,
            int overranSteps,
            int yellowThreshold) {
        Optional<Assessment> worst = deadlines.stream()
                .map(d -> new Assessment(colour(d, today, remaining, yellowThreshold), d))
                .min(Comparator.comparing((Assessment a) -> a.colour(), Comparator.reverseOrder())
                        .thenComparing(a -> a.deadline().kind()));
        Assessment found = worst.orElse(Assessment.NONE);
        if (overranSteps > 0 && found.colour() != Warning.RED) {
            Deadline step = deadlines.stream()
                    .filter(d -> d.kind() == Deadline.Kind.STEP)
                    .findFirst()
                    .orElse(found.deadline());
            return new Assessment(Warning.RED, step);
        }
        return found;
    }

    /** Overdue is decided on dates (on a rest day right after the due date, 0 working days are left). */
    static Warning colour(Deadline d, LocalDate today, ToIntFunction<LocalDate> remaining, int yellowThreshold) {
        if (today.isAfter(d.due())) {
            return d.kind() == Deadline.Kind.SUPPLEMENT ? Warning.YELLOW : Warning.RED;
        }
        if (d.kind() == Deadline.Kind.SUPPLEMENT) {
            return Warning.GREEN;
        }
        return remaining.applyAsInt(d.due()) <= yellowThreshold ? Warning.YELLOW : Warning.GREEN;
    }
}
