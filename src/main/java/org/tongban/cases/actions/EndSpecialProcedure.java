package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.SPECIAL_PROCEDURE;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;

/**
 * End of a special procedure (Art. 45): the case returns to the state it was paused in, and the
 * working days it took — after the day it started, up to and including the day it ended — are
 * added back to every running due date (promised, statutory, step).
 */
public final class EndSpecialProcedure extends CaseAction<EndSpecialProcedure.Request, EndSpecialProcedure.Notice> {

    @Schema(
            name = "EndSpecialProcedureRequest",
            description = "End of the special procedure; the clock runs again",
            requiredProperties = "action",
            properties =
                    @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "END_SPECIAL_PROCEDURE"))
    public record Request(@Size(max = 2000) String comment) implements ActionRequest {}

    public record Notice(int pausedWorkingDays, LocalDate promisedDue, LocalDate statutoryDue) {}

    EndSpecialProcedure() {
        super(
                Action.END_SPECIAL_PROCEDURE,
                Set.of(SPECIAL_PROCEDURE),
                new Target.Resumed(),
                Set.of(Party.DEPARTMENT_REVIEWER));
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        int paused = c.clock().pausedWorkingDays(a.pausedSince, c.today());
        a.pausedWorkingDays += paused;
        a.promisedDue = c.clock().later(a.promisedDue, paused);
        a.statutoryDue = c.clock().later(a.statutoryDue, paused);
        a.stepDue = c.clock().later(a.stepDue, paused);
        a.pausedSince = null;
        a.pausedExpectedDays = null;
        a.pausedState = null;
        return new Notice(paused, a.promisedDue, a.statutoryDue);
    }
}
