package org.tongban.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RectificationView(
        long id,
        String application,
        String handlingPoint,
        String department,
        RectificationStatus status,
        LocalDate openedOn,
        LocalDate deadline,
        boolean overdue,
        String callbackNote,
        String rectificationNote,
        String reply,
        LocalDate repliedOn,
        String appealReason,
        String appealDecision,
        Integer applicantLevel) {

    static RectificationView of(Rectification r, LocalDate today) {
        boolean overdue = r.status.awaitsTheUnit() && r.deadline != null && today.isAfter(r.deadline);
        return new RectificationView(
                r.id,
                r.applicationNumber,
                r.handlingPoint,
                r.department,
                r.status,
                r.openedOn,
                r.deadline,
                overdue,
                r.callbackNote,
                r.rectificationNote,
                r.reply,
                r.repliedOn,
                r.appealReason,
                r.appealDecision,
                r.applicantLevel);
    }
}
