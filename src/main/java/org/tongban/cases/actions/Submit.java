package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.RECEIVED;

import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
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
}
