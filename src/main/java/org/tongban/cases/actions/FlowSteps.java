package org.tongban.cases.actions;

import java.time.LocalDate;
import java.util.List;
import org.tongban.cases.Application;
import org.tongban.catalog.FlowStep;
import org.tongban.common.ProblemException;

/**
 * The case's place in the pinned flow (办理流程): each step has its own limit, and a case is decided
 * at the last step only. Shared by acceptance, advancing and deciding.
 */
final class FlowSteps {

    private FlowSteps() {}

    /** The step after acceptance (the first step is acceptance itself, unless the flow has one step). */
    static FlowStep afterAcceptance(List<FlowStep> flow) {
        return flow.size() > 1 ? flow.get(1) : flow.get(0);
    }

    static void enter(Application a, CaseContext c, FlowStep step, LocalDate startedOn) {
        a.currentStep = step.code();
        a.currentStepRole = step.role();
        a.stepStartedOn = startedOn;
        a.stepDue = c.clock().due(startedOn, step.limit());
    }

    /** Ends the current step today; a step finished after its own due date is counted as overrun. */
    static boolean finish(Application a, CaseContext c) {
        boolean overran = c.today().isAfter(a.stepDue);
        if (overran) {
            a.overranSteps++;
        }
        return overran;
    }

    static boolean atLastStep(Application a, List<FlowStep> flow) {
        return index(flow, a.currentStep) == flow.size() - 1;
    }

    static FlowStep next(Application a, List<FlowStep> flow) {
        if (atLastStep(a, flow)) {
            throw ProblemException.conflict("last-step", "flow.last-step", a.currentStep);
        }
        return flow.get(index(flow, a.currentStep) + 1);
    }

    static void requireLastStep(Application a, List<FlowStep> flow) {
        if (!atLastStep(a, flow)) {
            throw ProblemException.conflict(
                    "not-at-last-step",
                    "flow.not-at-last-step",
                    a.currentStep,
                    flow.get(flow.size() - 1).code());
        }
    }

    private static int index(List<FlowStep> flow, String code) {
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("Step " + code + " is not in the pinned flow");
    }
}
