package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.RECEIVED;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.clock.CaseClock;
import org.tongban.cases.notices.NoticeDue;

/**
 * 视为受理: Administrative Licensing Law Art. 32 — an application on which the agency neither sent a
 * supplement notice nor decided within five working days of receiving the materials counts as
 * accepted from the day they were received. Taken by the service ({@link DeemedAcceptanceJob}),
 * never by a person; the clocks start as for {@link Accept}, dated from the receipt day.
 */
public final class DeemAccepted extends CaseAction<DeemAccepted.Payload, Accept.Notice> {

    /** Nothing to say: the rule alone decides. */
    public record Payload() {}

    DeemAccepted() {
        super(Action.DEEM_ACCEPTED, Set.of(RECEIVED), Target.state(ACCEPTED), Set.of(Party.SYSTEM));
    }

    /** Whether the five working days of Art. 32 ended before {@code today}. */
    public static boolean isDue(LocalDate materialsReceivedOn, CaseClock clock, LocalDate today) {
        return clock.acceptanceDue(materialsReceivedOn).isBefore(today);
    }

    @Override
    protected Accept.Notice change(Application a, Payload payload, CaseContext c) {
        if (!isDue(a.materialsReceivedOn, c.clock(), c.today())) {
            throw new IllegalStateException(a.number + " is still within the five working days of Art. 32");
        }
        return Accept.startClocks(a, c, a.materialsReceivedOn, null);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.ACCEPTED;
    }

    /** 受理通知书 too: the applicant learns the application counts as accepted, and since when. */
    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Accept.Notice notice, CaseContext c) {
        return Optional.of(Accept.acceptanceNotice(notice, "deemedAcceptedOn"));
    }
}
