package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeKind;
import org.tongban.catalog.StatutoryExtension;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * 延长审批期限: Administrative Licensing Law Art. 42 — when a decision cannot be taken within the
 * statutory limit, the head of the agency may approve one extension of at most ten working days
 * (fifteen for joint or centralised handling under para. 2, or what the item's own law allows, as its
 * standard names), and the reason is told to the applicant. So: once per case; decided within the
 * statutory period (at the latest on its last day, the statutory due date); with a reason; by a
 * department head of the case's department; told by SMS and in the case history.
 */
public final class Extend extends CaseAction<Extend.Request, Extend.Notice> {

    @Schema(
            name = "ExtendRequest",
            description = "延长: one extension of the statutory limit (Art. 42), by a department head",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "EXTEND"))
    public record Request(
            @Schema(description = "Working days added; at most what the item's standard allows (default 10)")
            @NotNull
            @Min(1)
            @Max(30)
            Integer days,

            @Schema(description = "Told to the applicant") @NotBlank @Size(max = 500)
            String reason,

            @Size(max = 2000) String comment)
            implements ActionRequest {}

    /** What the applicant is told. */
    public record Notice(
            int days, String reason, String legalBasis, LocalDate statutoryDueBefore, LocalDate statutoryDue) {}

    Extend() {
        super(Action.EXTEND, Set.of(ACCEPTED, IN_REVIEW), new Target.Unchanged(), Set.of(Party.DEPARTMENT_HEAD));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        if (a.extensionDays > 0) {
            throw ProblemException.conflict("already-extended", "extension.already", a.extensionDays);
        }
        if (c.today().isAfter(a.statutoryDue)) {
            throw ProblemException.conflict("statutory-period-over", "extension.period-over", a.statutoryDue);
        }
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        StatutoryExtension allowed = c.standard().extensionOrDefault();
        if (request.days() > allowed.workingDays()) {
            throw ProblemException.unprocessable(
                    Message.of("extension.too-long"),
                    List.of(new FieldError(
                            "days",
                            "extension-beyond-allowed",
                            "extension.at-most",
                            allowed.workingDays(),
                            allowed.legalBasis())));
        }
        LocalDate before = a.statutoryDue;
        a.extensionDays = request.days();
        a.statutoryDue = c.clock().later(a.statutoryDue, request.days());
        return new Notice(request.days(), request.reason(), allowed.legalBasis(), before, a.statutoryDue);
    }

    @Override
    protected Optional<Message> sms(Application a, Notice notice) {
        return Optional.of(Message.of(
                "sms.extended", a.number, notice.days(), notice.statutoryDue(), notice.reason(), notice.legalBasis()));
    }

    /** The extension notice of Art. 42: how long, why, and the new statutory due date. */
    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Notice notice, CaseContext c) {
        return Optional.of(NoticeDue.of(NoticeKind.EXTENSION)
                .basis(notice.legalBasis())
                .entry("days", notice.days())
                .entry("reason", notice.reason())
                .entry("statutoryDueBefore", notice.statutoryDueBefore())
                .entry("statutoryDue", notice.statutoryDue())
                .build());
    }
}
