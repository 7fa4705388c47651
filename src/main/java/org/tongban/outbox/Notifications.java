package org.tongban.outbox;

import java.util.Optional;

/** Which application events a citizen is told of by SMS, and in what words. Pure. */
public final class Notifications {

    private Notifications() {}

    public static Optional<String> text(String eventType, String number) {
        String message = switch (eventType) {
            case "application.request-supplement" -> "【通办】您的办件" + number + "需补正材料，请登录查看一次性告知清单。";
            case "application.start-special-procedure" -> "【通办】您的办件" + number + "进入特别程序，所需时间不计入办理时限，详情请登录查看。";
            case "application.approve", "application.instant-approve" -> "【通办】您的办件" + number + "已准予办理，结果将尽快送达。";
            case "application.refuse", "application.refuse-acceptance" -> "【通办】您的办件" + number + "已作出决定，请登录查看理由及救济途径。";
            default -> null;
        };
        return Optional.ofNullable(message);
    }
}
