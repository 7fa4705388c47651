package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.NOT_ACCEPTED;
import static org.tongban.cases.ApplicationState.RECEIVED;
import static org.tongban.cases.ApplicationState.SUPPLEMENT_REQUESTED;

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
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

/**
 * 不予受理: the handling window decides not to accept. Administrative Licensing Law Art. 32: a
 * written, dated decision; Art. 38 para. 2 (as for every decision against the applicant): with its
 * reasons and the right to apply for administrative review or to sue. Only within the five working
 * days of Art. 32 while the application is waiting for acceptance; after a supplement notice, at
 * any time (the applicant has not supplied what was asked).
 */
public final class RefuseAcceptance extends CaseAction<RefuseAcceptance.Request, Decision> {

    @Schema(
            name = "RefuseAcceptanceRequest",
            description = "不予受理: a reasoned decision not to accept",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "REFUSE_ACCEPTANCE"))
    public record Request(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons,
            @Size(max = 500) String legalBasis,

            @Schema(description = "How to apply for administrative review or sue, and where") @NotBlank @Size(max = 500)
            String rightToReview,

            @Size(max = 2000) String comment)
            implements ActionRequest, Decision.Reasoned {}

    RefuseAcceptance() {
        super(
                Action.REFUSE_ACCEPTANCE,
                Set.of(RECEIVED, SUPPLEMENT_REQUESTED),
                Target.state(NOT_ACCEPTED),
                Set.of(Party.HANDLING_CLERK));
    }

    @Override
    protected Decision change(Application a, Request request, CaseContext c) {
        if (a.state == ApplicationState.RECEIVED) {
            Accept.requireWithinWindow(a, c, "decision not to accept");
        }
        return Decision.against(Decision.Outcome.NOT_ACCEPTED, c.today(), request)
                .recordOn(a, c);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.NOT_ACCEPTED;
    }

    @Override
    protected Optional<String> sms(Application a, Decision notice) {
        return Optional.of(Texts.decidedAgainst(a.number));
    }
}
