package org.tongban.cases.actions;

/** SMS wordings used by more than one action. */
final class Texts {

    private Texts() {}

    static String decidedAgainst(String number) {
        return "【通办】您的办件" + number + "已作出决定，请登录查看理由及救济途径。";
    }

    static String approved(String number) {
        return "【通办】您的办件" + number + "已准予办理，结果将尽快送达。";
    }
}
