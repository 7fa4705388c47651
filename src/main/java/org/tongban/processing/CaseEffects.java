package org.tongban.processing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.application.Application;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.FlowStep;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.Limit;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.ProblemException;
import org.tongban.deadline.CaseClock;

/**
 * What each action does to an application besides changing its state: dates, the current flow
 * step, decisions, supplements, pauses. Everything is taken from the pinned item version and the
 * one calendar, so the same action on the same day gives the same result at every window.
 */
@ApplicationScoped
public class CaseEffects {

    private static final TypeReference<List<OfferedMaterial>> MATERIALS = new TypeReference<>() {};

    @Inject
    JsonCodec json;

    @Inject
    ApplicationCheck check;

    /** Everything an effect may read. */
    public record Context(
            LocalDate today, LocalDateTime now, CaseClock clock, ItemStandard standard, ActionRequest request) {}

    /** Applies the effect; returns the details recorded with the event (what the applicant is told). */
    public Map<String, Object> apply(Application a, Context c) {
        return switch (c.request().action()) {
            case ACCEPT -> accept(a, c, c.today());
            case DEEM_ACCEPTED -> accept(a, c, a.materialsReceivedOn);
            case REFUSE_ACCEPTANCE -> decide(a, c, "NOT_ACCEPTED");
            case REQUEST_SUPPLEMENT -> requestSupplement(a, c);
            case SUPPLEMENT -> supplement(a, c);
            case ADVANCE -> advance(a, c);
            case APPROVE -> decideAtLastStep(a, c, "APPROVED");
            case REFUSE -> decideAtLastStep(a, c, "REFUSED");
            case START_SPECIAL_PROCEDURE -> pause(a, c);
            case END_SPECIAL_PROCEDURE -> resume(a, c);
            case EXTEND -> extend(a, c);
            case DELIVER -> deliver(a, c);
            case WITHDRAW -> Map.of();
            case SUBMIT, INSTANT_APPROVE ->
                throw new IllegalArgumentException("not an action on a received application");
        };
    }

    /**
     * 受理: the promised and statutory clocks start (the start day is not counted) and the case
     * moves to the first step after acceptance. A deemed acceptance dates from the receipt day.
     */
    private Map<String, Object> accept(Application a, Context c, LocalDate acceptedOn) {
        a.acceptedOn = acceptedOn;
        a.promisedDue = c.clock().due(acceptedOn, c.standard().promisedLimit());
        a.statutoryDue = c.clock().due(acceptedOn, c.standard().statutoryLimit());
        List<FlowStep> flow = c.standard().flow();
        FlowStep first = flow.size() > 1 ? flow.get(1) : flow.get(0);
        enterStep(a, c, first, acceptedOn);
        return details("acceptedOn", acceptedOn, "promisedDue", a.promisedDue, "statutoryDue", a.statutoryDue);
    }

    private Map<String, Object> advance(Application a, Context c) {
        List<FlowStep> flow = c.standard().flow();
        int index = stepIndex(flow, a.currentStep);
        if (index >= flow.size() - 1) {
            throw ProblemException.conflict(
                    "last-step", "The case is at its last step (" + a.currentStep + "): decide it");
        }
        boolean overran = c.today().isAfter(a.stepDue);
        if (overran) {
            a.overranSteps++;
        }
        String finished = a.currentStep;
        enterStep(a, c, flow.get(index + 1), c.today());
        return details("finishedStep", finished, "overran", overran, "step", a.currentStep, "stepDue", a.stepDue);
    }

    private Map<String, Object> decideAtLastStep(Application a, Context c, String outcome) {
        List<FlowStep> flow = c.standard().flow();
        if (stepIndex(flow, a.currentStep) < flow.size() - 1) {
            throw ProblemException.conflict(
                    "not-at-last-step",
                    "The case is at step " + a.currentStep + "; it is decided at "
                            + flow.get(flow.size() - 1).code());
        }
        if (c.today().isAfter(a.stepDue)) {
            a.overranSteps++;
        }
        return decide(a, c, outcome);
    }

    private Map<String, Object> decide(Application a, Context c, String outcome) {
        a.decidedAt = c.now();
        var decision = details(
                "outcome", outcome,
                "decidedOn", c.today(),
                "reasons", c.request().reasons(),
                "legalBasis", c.request().legalBasis(),
                "rightToReview", c.request().rightToReview());
        a.decision = json.write(decision);
        return decision;
    }

    private Map<String, Object> requestSupplement(Application a, Context c) {
        Supplements.Record record = supplementRecord(a);
        List<FieldError> problems =
                Supplements.noticeProblems(record, c.request().missing());
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(
                    "A second supplement request may only concern what the last supplement brought", problems);
        }
        a.supplementRequests++;
        a.supplement =
                json.write(Supplements.withNotice(record, c.today(), c.request().missing()));
        return details("notice", a.supplementRequests, "missing", c.request().missing());
    }

    /** The applicant's supplement: merged in, noted as changed, and the Art. 32 clock restarts from today. */
    private Map<String, Object> supplement(Application a, Context c) {
        ObjectNode form = (ObjectNode) json.tree(a.form);
        List<OfferedMaterial> materials = json.read(a.materials, MATERIALS);
        Set<String> changed = Supplements.changes(
                form, c.request().form(), materials, c.request().materials());
        if (c.request().form() != null) {
            form.setAll(c.request().form());
        }
        List<FieldError> problems = check.supplementProblems(
                c.standard(),
                form,
                c.request().materials() == null ? List.of() : c.request().materials());
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The supplement cannot be taken as it is", problems);
        }
        List<OfferedMaterial> merged = Supplements.merge(materials, c.request().materials());
        a.form = json.write(form);
        a.materials = json.write(merged);
        List<String> owed = new ArrayList<>(json.read(a.owedMaterials, new TypeReference<List<String>>() {}));
        merged.forEach(m -> owed.remove(m.code()));
        a.owedMaterials = json.write(owed);
        Supplements.Record record = supplementRecord(a);
        a.supplement = json.write(new Supplements.Record(record.notices(), changed));
        a.materialsReceivedOn = c.today();
        return details("changed", changed);
    }

    private Map<String, Object> pause(Application a, Context c) {
        a.pausedState = a.state;
        a.pausedSince = c.today();
        a.pausedExpectedDays = c.request().procedure().expectedWorkingDays();
        ActionRequest.SpecialProcedure procedure = c.request().procedure();
        return details(
                "procedure",
                procedure.kind(),
                "reason",
                procedure.reason(),
                "expectedWorkingDays",
                procedure.expectedWorkingDays(),
                "toldToApplicant",
                true);
    }

    /** Art. 45: the paused working days are added back to every running due date. */
    private Map<String, Object> resume(Application a, Context c) {
        int paused = c.clock().pausedWorkingDays(a.pausedSince, c.today());
        a.pausedWorkingDays += paused;
        a.promisedDue = c.clock().later(a.promisedDue, paused);
        a.statutoryDue = c.clock().later(a.statutoryDue, paused);
        a.stepDue = c.clock().later(a.stepDue, paused);
        a.pausedSince = null;
        a.pausedExpectedDays = null;
        return details("pausedWorkingDays", paused, "promisedDue", a.promisedDue, "statutoryDue", a.statutoryDue);
    }

    /** Art. 42: an approved extension moves the statutory due date, never beyond the statutory limit again. */
    private Map<String, Object> extend(Application a, Context c) {
        int days = c.request().extension().days();
        int allowed = c.standard().statutoryLimit().value() - a.extensionDays;
        if (days > allowed) {
            throw ProblemException.unprocessable(
                    "The extension is too long",
                    List.of(new FieldError(
                            "extension.days",
                            "extension-beyond-statutory-limit",
                            "at most " + allowed
                                    + " more day(s): extensions together may not exceed the statutory limit of "
                                    + c.standard().statutoryLimit().value())));
        }
        a.extensionDays += days;
        a.statutoryDue = c.clock()
                .due(
                        a.statutoryDue,
                        new Limit(days, c.standard().statutoryLimit().unit()));
        return details("days", days, "reason", c.request().extension().reason(), "statutoryDue", a.statutoryDue);
    }

    private Map<String, Object> deliver(Application a, Context c) {
        a.completedAt = c.now();
        ActionRequest.Delivery delivery = c.request().delivery();
        return details(
                "method",
                delivery.method(),
                "trackingNumber",
                delivery.trackingNumber(),
                "certificateId",
                delivery.certificateId(),
                "recipient",
                delivery.recipient());
    }

    private void enterStep(Application a, Context c, FlowStep step, LocalDate startedOn) {
        a.currentStep = step.code();
        a.currentStepRole = step.role();
        a.stepStartedOn = startedOn;
        a.stepDue = c.clock().due(startedOn, step.limit());
    }

    private Supplements.Record supplementRecord(Application a) {
        return a.supplement == null ? Supplements.Record.empty() : json.read(a.supplement, Supplements.Record.class);
    }

    private static int stepIndex(List<FlowStep> flow, String code) {
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("Step " + code + " is not in the pinned flow");
    }

    /** Key-value details, nulls left out. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
