package org.tongban.cases.actions;

/**
 * What can happen to an application: the names of the actions, each defined once in {@code
 * cases.actions} (see {@code ActionTable}). The case history and the outbox events carry them.
 */
public enum Action {
    /** The application was received (the first event of every case). */
    SUBMIT,
    ACCEPT,
    REFUSE_ACCEPTANCE,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT,
    /** 容缺后补: materials owed since acceptance are handed in. */
    SUPPLY_OWED,
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
