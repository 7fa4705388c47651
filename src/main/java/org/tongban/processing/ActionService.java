package org.tongban.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.tongban.application.Action;
import org.tongban.application.Application;
import org.tongban.application.ApplicationAccess;
import org.tongban.application.ApplicationState;
import org.tongban.application.CaseHistory;
import org.tongban.application.Transitions;
import org.tongban.application.WorkAssignment;
import org.tongban.audit.Actor;
import org.tongban.calendar.Calendars;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;
import org.tongban.common.Versioned;
import org.tongban.deadline.CaseClock;
import org.tongban.identity.Caller;

/**
 * Every change of an application's state, through the one transition table: the row is locked,
 * the caller's If-Match must name its current version, the table and the caller's party decide
 * whether the action is allowed, the action's fields are checked all at once, and the change, its
 * event, its audit entry and its new place in the work queues commit together — or nothing does.
 */
@ApplicationScoped
public class ActionService {

    private static final List<Action> SYSTEM_ACTIONS =
            List.of(Action.SUBMIT, Action.DEEM_ACCEPTED, Action.INSTANT_APPROVE);

    @Inject
    EntityManager em;

    @Inject
    CaseEffects effects;

    @Inject
    CaseHistory history;

    @Inject
    Calendars calendars;

    @Inject
    WarningService warnings;

    @Inject
    Clock clock;

    @Transactional
    public Application act(Caller caller, String number, String ifMatch, ActionRequest request) {
        Application a = lock(number);
        if (!ApplicationAccess.canSee(caller, a)) {
            throw ProblemException.notFound("Application " + number);
        }
        Versioned.requireMatch(ifMatch, a.rowVersion);
        if (SYSTEM_ACTIONS.contains(request.action())) {
            throw new ProblemException(
                    403, "forbidden", "Forbidden", request.action() + " is taken by the service itself", List.of());
        }
        Transitions.Transition transition = transition(a, request.action());
        String role = Parties.actingRole(caller, a, transition.parties())
                .orElseThrow(() -> new ProblemException(
                        403,
                        "forbidden",
                        "Forbidden",
                        request.action() + " in state " + a.state + " is for " + transition.parties()
                                + ", which you are not",
                        List.of()));
        ItemStandard standard = standardOf(a);
        List<FieldError> problems = ActionChecks.problems(request, standard);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(request.action() + " needs more information", problems);
        }
        apply(a, standard, transition, request, Actor.of(caller, role));
        return a;
    }

    /** The service's own actions (deemed acceptance): same table, same effects, same history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actAsSystem(Application a, Action action, String job, String comment) {
        Transitions.Transition transition = transition(a, action);
        apply(
                a,
                standardOf(a),
                transition,
                new ActionRequest(action, comment, null, null, null, null, null, null, null, null, null),
                Actor.system(job));
    }

    private static ItemStandard standardOf(Application a) {
        return ItemVersion.<ItemVersion>findById(a.itemVersionId).standard();
    }

    private void apply(
            Application a,
            ItemStandard standard,
            Transitions.Transition transition,
            ActionRequest request,
            Actor actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = Clocks.utcNow(clock);
        CaseClock caseClock = new CaseClock(calendars.current());
        ApplicationState from = a.state;
        ApplicationState to = transition.to() != null ? transition.to() : resumedOrSame(a, request.action());
        Map<String, Object> details =
                effects.apply(a, new CaseEffects.Context(today, now, caseClock, standard, request));
        a.moveTo(to);
        if (request.action() == Action.END_SPECIAL_PROCEDURE) {
            a.pausedState = null;
        }
        WorkAssignment.update(a, caseClock);
        history.record(a, request.action().name(), from, to, actor, request.comment(), details);
        warnings.refresh(a, standard, caseClock, today);
        em.flush();
    }

    private static ApplicationState resumedOrSame(Application a, Action action) {
        return action == Action.END_SPECIAL_PROCEDURE ? a.pausedState : a.state;
    }

    private static Transitions.Transition transition(Application a, Action action) {
        return Transitions.find(a.state, action)
                .orElseThrow(() -> new ProblemException(
                        409,
                        "action-not-allowed",
                        "Conflict",
                        action + " is not possible in state " + a.state + "; possible now: "
                                + Transitions.allowedIn(a.state),
                        List.of(new FieldError(
                                "action",
                                "not-allowed-in-" + a.state.name().toLowerCase(),
                                "allowed: " + Transitions.allowedIn(a.state)))));
    }

    /** Waits for any other action on the same application to commit, then reads it fresh. */
    private Application lock(String number) {
        List<?> ids = em.createNativeQuery("SELECT id FROM application WHERE number = ?1 FOR UPDATE")
                .setParameter(1, number)
                .getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.notFound("Application " + number);
        }
        return Application.findById(((Number) ids.get(0)).longValue());
    }
}
