package org.tongban.application;

/** What can happen to an application. Every change of state is one of these, checked by {@link Transitions}. */
public enum Action {
    /** The application was received (the first event of every case). */
    SUBMIT,
    ACCEPT,
    REFUSE_ACCEPTANCE,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT,
    START_SPECIAL_PROCEDURE,
    END_SPECIAL_PROCEDURE,
    EXTEND,
    ADVANCE,
    APPROVE,
    REFUSE,
    DELIVER,
    WITHDRAW,
    /** Art. 32: no supplement request or decision within 5 working days of receipt. */
    DEEM_ACCEPTED,
    /** 秒批: every instant-approval rule held on submission. */
    INSTANT_APPROVE
}
