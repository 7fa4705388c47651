package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.RECEIVED;
import static org.tongban.cases.ApplicationState.SUPPLEMENT_REQUESTED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.Supplements;
import org.tongban.cases.Supplements.Deficiency;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeKind;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * 补正告知: Administrative Licensing Law Art. 32 — incomplete materials are told to the applicant
 * once, listing everything to supplement (一次性告知), on the spot or within five working days of
 * receiving them. A notice may only name fields of the item's form and materials on its list
 * (nothing outside the published standard), and a second notice may only concern what the last
 * supplement brought. The Art. 32 clock stops until the supplement arrives.
 */
public final class RequestSupplement extends CaseAction<RequestSupplement.Request, RequestSupplement.Notice> {

    @Schema(
            name = "RequestSupplementRequest",
            description = "补正告知: one notice listing everything to supplement",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "REQUEST_SUPPLEMENT"))
    public record Request(
            @NotEmpty @Size(max = 50) List<@Valid Deficiency> missing,
            @Size(max = 2000) String comment) implements ActionRequest {}

    /** What the applicant is told: the notice's number and everything it asks for. */
    public record Notice(int notice, List<Deficiency> missing) {}

    RequestSupplement() {
        super(
                Action.REQUEST_SUPPLEMENT,
                Set.of(RECEIVED),
                Target.state(SUPPLEMENT_REQUESTED),
                Set.of(Party.HANDLING_CLERK));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        Accept.requireWithinWindow(a, c, "acceptance-window.no-supplement-notice");
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < request.missing().size(); i++) {
            String item = "missing[" + i + "]";
            targetProblem(request.missing().get(i).target(), c.standard())
                    .map(problem -> problem.under(item))
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("supplement.outside-standard"), problems);
        }
        Supplements.Record record = Supplements.of(a, c.json());
        problems.addAll(Supplements.noticeProblems(record, request.missing()));
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("supplement.second-request"), problems);
        }
        a.supplementRequests++;
        a.supplement = c.json().write(Supplements.withNotice(record, c.today(), request.missing()));
        return new Notice(a.supplementRequests, request.missing());
    }

    @Override
    protected Optional<Message> sms(Application a, Notice notice) {
        return Optional.of(Message.of("sms.supplement-requested", a.number));
    }

    /**
     * A notice names a field of the item's form or a material on its list: asking for anything
     * else would be a requirement outside the published standard (清单之外无要求).
     */
    static Optional<FieldError> targetProblem(String target, ItemStandard standard) {
        if (target.startsWith("materials.")) {
            String code = target.substring("materials.".length());
            boolean listed =
                    standard.materials().stream().anyMatch(m -> m.code().equals(code));
            return listed
                    ? Optional.empty()
                    : Optional.of(new FieldError(
                            "target", "not-on-materials-list", "supplement.not-on-materials-list", code));
        }
        if (target.startsWith("form.")) {
            String field = target.substring("form.".length()).split("[.\\[]", 2)[0];
            return standard.form().path("properties").has(field)
                    ? Optional.empty()
                    : Optional.of(new FieldError("target", "not-a-form-field", "supplement.not-a-form-field", field));
        }
        return Optional.of(new FieldError("target", "invalid-target", "supplement.invalid-target"));
    }

    /** 补正材料通知书: every deficiency at once (一次性告知). */
    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Notice notice, CaseContext c) {
        return Optional.of(NoticeDue.of(NoticeKind.SUPPLEMENT)
                .entry("supplementNotice", notice.notice())
                .list("deficiencies", NoticeContents.deficiencies(notice.missing(), c))
                .build());
    }
}
