package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.APPROVED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.common.Message;

/**
 * 准予许可: the case is decided in the applicant's favour, at the last step of its flow, by whoever
 * that step names. Not while materials accepted for later (容缺后补) are still owed: the refusal lists
 * them. The decision is then issued and delivered within ten working days (Art. 44, {@link Deliver}).
 */
public final class Approve extends CaseAction<Approve.Request, Decision> {

    @Schema(
            name = "ApproveRequest",
            description = "准予: decide in favour, at the last flow step",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "APPROVE"))
    public record Request(@Size(max = 2000) String comment) implements ActionRequest {}

    Approve() {
        super(Action.APPROVE, Set.of(ACCEPTED, IN_REVIEW), Target.state(APPROVED), Set.of(Party.STEP_ACTOR));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        FlowSteps.requireLastStep(a, c.standard().flow());
        OwedMaterials.requireNone(a, c.json(), "owed.no-approval");
    }

    @Override
    protected Decision change(Application a, Request request, CaseContext c) {
        FlowSteps.finish(a, c);
        return Decision.granted(c.today(), c.decidedBy()).recordOn(a, c);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Decision.counters(a, c, true);
    }

    @Override
    protected Optional<Message> sms(Application a, Decision notice) {
        return Optional.of(Texts.approved(a.number));
    }

    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Decision decision, CaseContext c) {
        return decision.noticeDue();
    }
}
