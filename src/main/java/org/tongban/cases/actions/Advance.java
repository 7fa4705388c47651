package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.catalog.FlowStep;

/**
 * 审查: the current flow step is done and the case moves to the next, with that step's own limit
 * from today. Taken by whoever the current step names (a clerk of the handling window or a reviewer
 * of the department); a step finished after its own due date counts as overrun (a red warning, even
 * while the whole case is within its limit). At the last step the case is decided instead.
 */
public final class Advance extends CaseAction<Advance.Request, Advance.Notice> {

    @Schema(
            name = "AdvanceRequest",
            description = "The current flow step is done: on to the next",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "ADVANCE"))
    public record Request(@Size(max = 2000) String comment) implements ActionRequest {}

    public record Notice(String finishedStep, boolean overran, String step, LocalDate stepDue) {}

    Advance() {
        super(Action.ADVANCE, Set.of(ACCEPTED, IN_REVIEW), Target.state(IN_REVIEW), Set.of(Party.STEP_ACTOR));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        FlowSteps.next(a, c.standard().flow());
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        FlowStep next = FlowSteps.next(a, c.standard().flow());
        String finished = a.currentStep;
        boolean overran = FlowSteps.finish(a, c);
        FlowSteps.enter(a, c, next, c.today());
        return new Notice(finished, overran, a.currentStep, a.stepDue);
    }
}
