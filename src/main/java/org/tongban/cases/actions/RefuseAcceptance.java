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
import org.tongban.cases.notices.NoticeDue;
import org.tongban.catalog.RuleFailure;
import org.tongban.common.Message;

/**
 * 不予受理: a decision not to accept. Administrative Licensing Law Art. 32: a written, dated decision;
 * Art. 38 para. 2 (as for every decision against the applicant): with its reasons and the right to
 * apply for administrative review or to sue. Taken in one of two ways:
 *
 * <ul>
 *   <li>by the handling window ({@link Request}): within the five working days of Art. 32 while the
 *       application waits for acceptance; after a supplement notice, at any time (the applicant has
 *       not supplied what was asked);
 *   <li>by the service on filing ({@link OnFiling}): the applicant chose to file although acceptance
 *       conditions are not met — the law lets them have a reasoned decision rather than nothing — so
 *       the application is received, numbered and at once not accepted, the unmet conditions being
 *       the reasons.
 * </ul>
 */
public final class RefuseAcceptance extends CaseAction<RefuseAcceptance.Grounds, Decision> {

    /** Administrative Reconsideration Law Art. 20 (60 days); Administrative Litigation Law Art. 46 (6 months). */
    static final String RIGHT_TO_REVIEW = "如不服本决定，可以自知道该决定之日起六十日内依法申请行政复议，或者自知道或者应当知道该决定之日起"
            + "六个月内依法向人民法院提起行政诉讼。 / If you disagree with this decision you may apply for administrative"
            + " reconsideration within 60 days of learning of it (Administrative Reconsideration Law Art. 20), or sue"
            + " in a people's court within six months (Administrative Litigation Law Art. 46).";

    private static final String CONDITIONS_BASIS = "《中华人民共和国行政许可法》第三十二条、第三十八条；本事项办事指南（第%d版）所列受理条件"
            + " / Administrative Licensing Law Arts. 32 and 38; the acceptance conditions of version %d of the item's"
            + " published standard";

    /** Why the application is not accepted: the window's reasoned decision, or unmet conditions on filing. */
    public sealed interface Grounds extends Decision.Reasoned permits Request, OnFiling {}

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
            implements ActionRequest, Grounds {}

    /**
     * Filed despite unmet acceptance conditions: what the service passes when it stores such an
     * application. The reasons, legal basis (the item version's conditions) and remedies follow.
     *
     * @param unmet the conditions the check found not met, none of them a rule error
     * @param versionNo the item version whose conditions they are
     */
    public record OnFiling(List<RuleFailure> unmet, int versionNo) implements Grounds {

        public OnFiling {
            if (unmet.isEmpty() || unmet.stream().anyMatch(f -> !RuleFailure.NOT_MET.equals(f.code()))) {
                throw new IllegalArgumentException("not accepted on filing only for unmet conditions: " + unmet);
            }
            unmet = List.copyOf(unmet);
        }

        @Override
        public List<String> reasons() {
            return unmet.stream()
                    .map(f -> "受理条件未满足：" + f.text().zh() + " / Acceptance condition not met: "
                            + f.text().en())
                    .toList();
        }

        @Override
        public List<Decision.UnmetCondition> unmetConditions() {
            return unmet.stream()
                    .map(f -> new Decision.UnmetCondition(f.field() == null ? null : "form." + f.field(), f.text()))
                    .toList();
        }

        @Override
        public String legalBasis() {
            return String.format(CONDITIONS_BASIS, versionNo, versionNo);
        }

        @Override
        public String rightToReview() {
            return RIGHT_TO_REVIEW;
        }
    }

    RefuseAcceptance() {
        super(
                Action.REFUSE_ACCEPTANCE,
                Set.of(RECEIVED, SUPPLEMENT_REQUESTED),
                Target.state(NOT_ACCEPTED),
                Set.of(Party.HANDLING_CLERK, Party.SYSTEM));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        // On the day of receipt the window is open (the service's own decision on filing included).
        if (a.state == ApplicationState.RECEIVED && !c.today().equals(a.receivedOn)) {
            Accept.requireWithinWindow(a, c, "acceptance-window.no-refusal");
        }
    }

    @Override
    protected Decision change(Application a, Grounds grounds, CaseContext c) {
        switch (grounds) {
            case Request r -> {} // see requireReady
            case OnFiling f -> {
                if (a.state != ApplicationState.RECEIVED || !c.today().equals(a.receivedOn)) {
                    throw new IllegalStateException(a.number + " is not being filed today");
                }
            }
        }
        return Decision.against(Decision.Outcome.NOT_ACCEPTED, c.today(), c.decidedBy(), grounds)
                .recordOn(a, c);
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.NOT_ACCEPTED;
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
