package org.tongban.cases;

/** Where an application stands (Administrative Licensing Law: 收件 → 受理 → 审查 → 决定 → 送达). */
public enum ApplicationState {
    /** 收件: received, not yet accepted. */
    RECEIVED(true),
    /** 补正: one notice listing everything to supplement (一次性告知). */
    SUPPLEMENT_REQUESTED(true),
    /** 受理: accepted; the clock runs. */
    ACCEPTED(true),
    /** 不予受理 */
    NOT_ACCEPTED(false),
    /** 审查: at a named step of the item's flow. */
    IN_REVIEW(true),
    /** 特别程序: hearing, inspection, testing, appraisal…; the clock is paused. */
    SPECIAL_PROCEDURE(true),
    /** 准予: decided in favour; the result is still to be delivered. */
    APPROVED(false),
    /** 不予许可: refused, with reasons and legal basis; the decision is still to be delivered. */
    REFUSED(false),
    /** 办结/送达: the result was delivered. */
    COMPLETED(false),
    /** 撤回: withdrawn by the applicant. */
    WITHDRAWN(false);

    private final boolean undecided;

    ApplicationState(boolean undecided) {
        this.undecided = undecided;
    }

    /** Undecided cases are the backlog routing and the load report count. */
    public boolean undecided() {
        return undecided;
    }
}
