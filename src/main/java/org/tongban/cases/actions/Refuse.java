package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;
import static org.tongban.cases.ApplicationState.REFUSED;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
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
 * 不予许可: Administrative Licensing Law Art. 38 para. 2 — a decision refusing the licence is
 * written, states its reasons and tells the applicant of their right to apply for administrative
 * review or to bring an administrative lawsuit; here also its legal basis. Taken at the last step
 * of the flow by whoever that step names; delivered within ten working days (Art. 44).
 */
public final class Refuse extends CaseAction<Refuse.Request, Decision> {

    @Schema(
            name = "RefuseRequest",
            description = "不予许可: a reasoned refusal (Art. 38), at the last flow step",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "REFUSE"))
    public record Request(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons,
            @NotBlank @Size(max = 500) String legalBasis,

            @Schema(description = "How to apply for administrative review or sue, and where") @NotBlank @Size(max = 500)
            String rightToReview,

            @Size(max = 2000) String comment)
            implements ActionRequest, Decision.Reasoned {}

    Refuse() {
        super(Action.REFUSE, Set.of(ACCEPTED, IN_REVIEW), Target.state(REFUSED), Set.of(Party.STEP_ACTOR));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        FlowSteps.requireLastStep(a, c.standard().flow());
    }

    @Override
    protected Decision change(Application a, Request request, CaseContext c) {
        FlowSteps.finish(a, c);
        return Decision.against(Decision.Outcome.REFUSED, c.today(), c.decidedBy(), request)
                .recordOn(a, c);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Decision.counters(a, c, false);
    }

    @Override
    protected Optional<Message> sms(Application a, Decision notice) {
        return Optional.of(Texts.decidedAgainst(a.number));
    }

    @Override
    protected Optional<NoticeDue> noticeDue(Application a, Decision decision, CaseContext c) {
        return decision.noticeDue();
    }
}
