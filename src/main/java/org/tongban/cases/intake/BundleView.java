package org.tongban.cases.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.tongban.cases.ApplicationState;

/**
 * A bundle and its applications.
 *
 * @param status RECEIVED while none has moved on, COMPLETED when all are delivered, CLOSED when all
 *     are finished otherwise (refused, not accepted, withdrawn), IN_PROGRESS in between
 * @param byState how many of its applications are in each state
 */
public record BundleView(
        String reference,
        LocalDateTime createdAt,
        String status,
        Map<ApplicationState, Long> byState,
        boolean samePoint,
        List<Member> applications) {

    /** @param ratingCode only in the response to the submission: see {@link ApplicationView#ratingCode()} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(
            String number, String itemCode, ApplicationState state, String handlingPoint, String ratingCode) {}
}
