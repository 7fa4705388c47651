package org.tongban.cases.notices;

/**
 * The written notices the Administrative Licensing Law requires, each issued at one transition. The
 * texts (title, opening, default legal basis) live in the {@code notices} resource bundle under the
 * kind's name.
 */
public enum NoticeKind {
    /** 收件回执: what was received and what is owed (Art. 32 counts five working days from it). */
    RECEIPT,
    /** 受理通知书 (Art. 32), also for an application deemed accepted. */
    ACCEPTANCE,
    /** 补正材料通知书: every deficiency at once (Art. 32 para. 4). */
    SUPPLEMENT,
    /** 不予受理决定书: reasons and the right to review or sue (Art. 32, 38). */
    NON_ACCEPTANCE,
    /** 延长审批期限通知书 (Art. 42). */
    EXTENSION,
    /** 准予行政许可决定书 (Art. 38 para. 1). */
    APPROVAL,
    /** 不予行政许可决定书: reasons and the right to review or sue (Art. 38 para. 2). */
    REFUSAL
}
