package org.tongban.catalog;

import org.tongban.common.LocalizedText;
import org.tongban.common.Message;

/**
 * A condition that an application does not meet, or that could not be checked.
 *
 * @param text the condition as people read it, for the one-time notice (一次性告知)
 * @param field the form field it concerns, null for the application as a whole
 * @param code {@code condition-not-met} or {@code rule-error}
 * @param message what is not met; for a rule error, what went wrong
 */
public record RuleFailure(LocalizedText text, String rule, String field, String code, Message message) {

    public static final String NOT_MET = "condition-not-met";
    static final String ERROR = "rule-error";

    /** The rule could not be evaluated, as opposed to evaluated to false. */
    public boolean isError() {
        return ERROR.equals(code);
    }
}
