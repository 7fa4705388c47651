package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;
import static org.tongban.cases.ApplicationState.SPECIAL_PROCEDURE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.common.Message;

/**
 * 特别程序: Administrative Licensing Law Art. 45 — time for a hearing, tendering, auction, inspection,
 * testing, quarantine, appraisal or expert review (and, under local rules, public notice or survey)
 * is not counted in the limits, and the applicant is told in writing how long it is expected to
 * take. The clock stops on the day it starts; {@link EndSpecialProcedure} adds the paused working
 * days back.
 */
public final class StartSpecialProcedure
        extends CaseAction<StartSpecialProcedure.Request, StartSpecialProcedure.Procedure> {

    @Schema(
            name = "StartSpecialProcedureRequest",
            description = "特别程序: pause the clock (Art. 45)",
            requiredProperties = "action",
            properties =
                    @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "START_SPECIAL_PROCEDURE"))
    public record Request(
            @NotNull @Valid Procedure procedure,
            @Size(max = 2000) String comment) implements ActionRequest {}

    /** What the applicant is told: the kind of procedure, why, and its expected length. */
    @Schema(name = "SpecialProcedure")
    public record Procedure(
            @NotNull Kind kind,
            @NotBlank @Size(max = 500) String reason,
            @NotNull @Min(1) @Max(365) Integer expectedWorkingDays) {}

    @Schema(name = "SpecialProcedureKind")
    public enum Kind {
        HEARING,
        TENDERING,
        AUCTION,
        INSPECTION,
        TESTING,
        QUARANTINE,
        APPRAISAL,
        EXPERT_REVIEW,
        PUBLIC_NOTICE,
        SURVEY
    }

    StartSpecialProcedure() {
        super(
                Action.START_SPECIAL_PROCEDURE,
                Set.of(ACCEPTED, IN_REVIEW),
                Target.state(SPECIAL_PROCEDURE),
                Set.of(Party.DEPARTMENT_REVIEWER));
    }

    @Override
    protected Procedure change(Application a, Request request, CaseContext c) {
        a.pausedState = a.state;
        a.pausedSince = c.today();
        a.pausedExpectedDays = request.procedure().expectedWorkingDays();
        return request.procedure();
    }

    @Override
    protected Optional<Message> sms(Application a, Procedure notice) {
        return Optional.of(Message.of("sms.special-procedure", a.number));
    }
}
