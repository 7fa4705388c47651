package org.tongban.cases.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.common.JsonCodec;

/**
 * A written decision on an application, as stored with it and shown to the applicant: not to
 * accept (不予受理, Art. 32), to grant (准予) or to refuse (不予许可, Art. 38). A decision against the
 * applicant states its reasons and how to seek administrative review or sue.
 *
 * @param instant approved automatically on submission (秒批), under the listed rules
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(
        Outcome outcome,
        LocalDate decidedOn,
        List<String> reasons,
        String legalBasis,
        String rightToReview,
        Boolean instant,
        List<String> rules) {

    public enum Outcome {
        NOT_ACCEPTED,
        APPROVED,
        REFUSED
    }

    /** What a decision against the applicant must say (Art. 38 para. 2), as its request carries it. */
    interface Reasoned {
        List<String> reasons();

        String legalBasis();

        String rightToReview();
    }

    static Decision against(Outcome outcome, LocalDate on, Reasoned why) {
        return new Decision(outcome, on, why.reasons(), why.legalBasis(), why.rightToReview(), null, null);
    }

    /** Records the decision on the case and returns it, as the notice of the action that took it. */
    Decision recordOn(Application a, CaseContext c) {
        a.decidedAt = c.now();
        a.decision = c.json().write(this);
        return this;
    }

    /**
     * The counters a decision on an accepted case moves: on time when taken on or before the
     * promised due date; its length in working days from acceptance (the start day not counted).
     */
    static Counters counters(Application a, CaseContext c, boolean approved) {
        boolean onTime = a.promisedDue != null && !c.today().isAfter(a.promisedDue);
        return Counters.decision(approved, onTime, Math.max(0, c.clock().remaining(a.acceptedOn, c.today())));
    }

    /** The decision stored with a case, or null before one is taken. */
    public static Decision of(Application a, JsonCodec json) {
        return a.decision == null ? null : json.read(a.decision, Decision.class);
    }
}
