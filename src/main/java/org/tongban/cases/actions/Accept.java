package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.RECEIVED;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeKind;
import org.tongban.common.ProblemException;

/**
 * 受理: the handling window accepts a received application. Administrative Licensing Law Art. 32:
 * the decision on acceptance is due within five working days of receiving the materials; after
 * that the application counts as accepted on the day they were received, so a late acceptance is
 * dated from that day. The promised and statutory clocks start (Civil Code Art. 201: the start day
 * is not counted; Art. 82: working days) and the case enters the first step after acceptance.
 */
public final class Accept extends CaseAction<Accept.Request, Accept.Notice> {

    @Schema(
            name = "AcceptRequest",
            description = "受理: accept a received application",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "ACCEPT"))
    public record Request(@Size(max = 2000) String comment) implements ActionRequest {}

    /** What the applicant is told: from when the clock runs and the due dates it gives. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notice(LocalDate acceptedOn, LocalDate promisedDue, LocalDate statutoryDue, Boolean late) {}

    Accept() {
        super(Action.ACCEPT, Set.of(RECEIVED), Target.state(ACCEPTED), Set.of(Party.HANDLING_CLERK));
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        LocalDate windowEnd = c.clock().acceptanceDue(a.materialsReceivedOn);
        boolean late = c.today().isAfter(windowEnd);
        return startClocks(a, c, late ? a.materialsReceivedOn : c.today(), late ? true : null);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.ACCEPTED;
    }

    /**
     * Art. 32: a supplement notice or a decision not to accept comes within the five working days;
     * once they have passed, the application counts as accepted and neither may follow.
     */
    static void requireWithinWindow(Application a, CaseContext c, String detailKey) {
        LocalDate windowEnd = c.clock().acceptanceDue(a.materialsReceivedOn);
        if (c.today().isAfter(windowEnd)) {
            throw ProblemException.conflict("acceptance-period-over", detailKey, windowEnd, a.materialsReceivedOn);
        }
    }

    /** Starts the promised and statutory clocks on {@code acceptedOn}; shared with deemed acceptance. */
    static Notice startClocks(Application a, CaseContext c, LocalDate acceptedOn, Boolean late) {
        a.acceptedOn = acceptedOn;
        a.promisedDue = c.clock().due(acceptedOn, c.standard().promisedLimit());
        a.statutoryDue = c.clock().due(acceptedOn, c.standard().statutoryLimit());
        FlowSteps.enter(a, c, FlowSteps.afterAcceptance(c.standard().flow()), acceptedOn);
        return new Notice(acceptedOn, a.promisedDue, a.statutoryDue, late);
    }

    /** 受理通知书: from when the clocks run and the due dates they give. */
    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Notice notice, CaseContext c) {
        return Optional.of(acceptanceNotice(notice, "acceptedOn"));
    }

    static NoticeDue acceptanceNotice(Notice notice, String acceptedLabel) {
        return NoticeDue.of(NoticeKind.ACCEPTANCE)
                .entry(acceptedLabel, notice.acceptedOn())
                .entry("promisedDue", notice.promisedDue())
                .entry("statutoryDue", notice.statutoryDue())
                .build();
    }
}
