package org.tongban.cases.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeKind;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;

/**
 * A written decision on an application, as stored with it and shown to the applicant: not to
 * accept (不予受理, Art. 32), to grant (准予) or to refuse (不予许可, Art. 38). It is issued in the name
 * of a body (Art. 32 para. 2: sealed with that organ's seal). A decision against the applicant
 * states its reasons and how to seek administrative review or sue (Art. 38 para. 2).
 *
 * @param decidedBy the body in whose name it is issued: the holder the case was routed under, or for
 *     an entrustment the entrusting body (Art. 24); absent for cases stored before the register routed
 * @param unmetConditions the acceptance conditions the application did not meet, when the applicant
 *     filed it despite them and so received a decision not to accept it on filing
 * @param filedDespiteUnmetConditions true exactly when {@code unmetConditions} are listed
 * @param instant approved automatically on submission (秒批), under the listed rules
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(
        Outcome outcome,
        LocalDate decidedOn,
        LocalizedText decidedBy,
        List<String> reasons,
        List<UnmetCondition> unmetConditions,
        Boolean filedDespiteUnmetConditions,
        String legalBasis,
        String rightToReview,
        Boolean instant,
        List<String> rules) {

    public enum Outcome {
        NOT_ACCEPTED,
        APPROVED,
        REFUSED
    }

    /** An acceptance condition not met, as the one-time notice names it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnmetCondition(String field, LocalizedText text) {}

    /** What a decision against the applicant must say (Art. 38 para. 2), however it was reached. */
    interface Reasoned {
        List<String> reasons();

        String legalBasis();

        String rightToReview();

        /** The acceptance conditions it rests on, when the applicant filed despite them. */
        default List<UnmetCondition> unmetConditions() {
            return List.of();
        }
    }

    /** 准予: granted by a person at the last step. */
    public static Decision granted(LocalDate on, LocalizedText by) {
        return new Decision(Outcome.APPROVED, on, by, null, null, null, null, null, null, null);
    }

    /** 秒批: granted by the service on submission, under the rules that held. */
    public static Decision grantedInstantly(LocalDate on, LocalizedText by, List<String> rules) {
        return new Decision(Outcome.APPROVED, on, by, null, null, null, null, null, true, rules);
    }

    static Decision against(Outcome outcome, LocalDate on, LocalizedText by, Reasoned why) {
        List<UnmetCondition> unmet = why.unmetConditions();
        return new Decision(
                outcome,
                on,
                by,
                why.reasons(),
                unmet.isEmpty() ? null : unmet,
                unmet.isEmpty() ? null : true,
                why.legalBasis(),
                why.rightToReview(),
                null,
                null);
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

    /** The written decision: 不予受理决定书, 准予行政许可决定书 or 不予行政许可决定书, as issued to the applicant. */
    Optional<NoticeDue> noticeDue() {
        NoticeKind kind = switch (outcome) {
            case NOT_ACCEPTED -> NoticeKind.NON_ACCEPTANCE;
            case APPROVED -> NoticeKind.APPROVAL;
            case REFUSED -> NoticeKind.REFUSAL;
        };
        return Optional.of(NoticeDue.of(kind)
                .basis(legalBasis)
                .entry("decidedOn", decidedOn)
                .list("reasons", reasons)
                .list("instantRules", rules)
                .entry("rightToReview", rightToReview)
                .build());
    }

    /** The decision stored with a case, or null before one is taken. */
    public static Decision of(Application a, JsonCodec json) {
        return a.decision == null ? null : json.read(a.decision, Decision.class);
    }
}
