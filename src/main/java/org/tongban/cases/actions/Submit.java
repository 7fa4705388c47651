package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.RECEIVED;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeKind;
import org.tongban.routing.RoutingRule;

/**
 * 收件: an application is received — by the applicant online, at a window for the citizen present,
 * or by a kiosk or partner outlet for the citizen identified at the device. Submission has checked
 * it against the pinned item version (一次性告知: every problem at once, nothing stored on failure)
 * and routed it; here it becomes a case. The day of receipt starts Art. 32's five working days.
 */
public final class Submit extends CaseAction<Submit.Payload, Submit.Payload> {

    /** How it was routed, recorded as the first event of the case. */
    public record Payload(RoutingRule routing, boolean forwarded) {}

    Submit() {
        super(
                Action.SUBMIT,
                Set.of(),
                Target.state(RECEIVED),
                Set.of(Party.APPLICANT, Party.RECEIVING_CLERK, Party.RECEIVING_OUTLET));
    }

    @Override
    protected Payload change(Application a, Payload payload, CaseContext c) {
        a.receivedOn = c.today();
        a.materialsReceivedOn = c.today();
        a.submittedAt = c.now();
        return payload;
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.RECEIVED;
    }

    /** 收件回执: what was received, what is owed, and by when acceptance is decided (Art. 32). */
    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Payload payload, CaseContext c) {
        return Optional.of(NoticeDue.of(NoticeKind.RECEIPT)
                .entry("receivedOn", a.receivedOn)
                .list("received", NoticeContents.received(a, c))
                .list("owed", NoticeContents.owed(a, c))
                .entry("acceptanceDue", acceptanceDue(a, c))
                .build());
    }

    /**
     * Left off the receipt while next year's calendar is missing: the case is still received (the
     * jobs report it until the calendar is imported), it is only the date that cannot be printed.
     */
    private static LocalDate acceptanceDue(Application a, CaseContext c) {
        try {
            return c.clock().acceptanceDue(a.materialsReceivedOn);
        } catch (UnknownCalendarYearException e) {
            return null;
        }
    }
}
