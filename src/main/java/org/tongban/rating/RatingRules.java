package org.tongban.rating;

import org.tongban.cases.ApplicationState;
import org.tongban.cases.actions.Decision;

/**
 * When a case may be rated (好差评, State Council 2019 No. 51): once it is finished and its result
 * has reached the applicant, and not before. Not accepted, withdrawn, and completed (an approval or
 * a refusal delivered) cases are; an instant approval (秒批) is, as its result is there on the spot.
 * A decision not yet delivered is not: the applicant has not seen it. Pure.
 */
public final class RatingRules {

    private RatingRules() {}

    public static boolean rateable(ApplicationState state, Decision decision) {
        return switch (state) {
            case NOT_ACCEPTED, WITHDRAWN, COMPLETED -> true;
            case APPROVED -> decision != null && Boolean.TRUE.equals(decision.instant());
            default -> false;
        };
    }
}
