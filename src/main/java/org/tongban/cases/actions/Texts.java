package org.tongban.cases.actions;

import org.tongban.common.Message;

/** SMS used by more than one action (their texts are in the messages bundle, {@code sms.*}). */
final class Texts {

    private Texts() {}

    static Message decidedAgainst(String number) {
        return Message.of("sms.decided-against", number);
    }

    static Message approved(String number) {
        return Message.of("sms.approved", number);
    }
}
