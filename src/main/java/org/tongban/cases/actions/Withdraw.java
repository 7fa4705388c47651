package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;
import static org.tongban.cases.ApplicationState.RECEIVED;
import static org.tongban.cases.ApplicationState.SPECIAL_PROCEDURE;
import static org.tongban.cases.ApplicationState.SUPPLEMENT_REQUESTED;
import static org.tongban.cases.ApplicationState.WITHDRAWN;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.Counters;

/** 撤回: the applicant withdraws the application, at any time until it is decided. */
public final class Withdraw extends CaseAction<Withdraw.Request, Withdraw.Notice> {

    @Schema(
            name = "WithdrawRequest",
            description = "撤回: the applicant withdraws, until decided",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "WITHDRAW"))
    public record Request(@Size(max = 2000) String comment) implements ActionRequest {}

    /** Nothing to add: the state says it. */
    public record Notice() {}

    Withdraw() {
        super(
                Action.WITHDRAW,
                Set.of(RECEIVED, SUPPLEMENT_REQUESTED, ACCEPTED, IN_REVIEW, SPECIAL_PROCEDURE),
                Target.state(WITHDRAWN),
                Set.of(Party.APPLICANT));
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        return new Notice();
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.WITHDRAWN;
    }
}
