package org.tongban.application;

import static org.tongban.application.Action.*;
import static org.tongban.application.ApplicationState.*;
import static org.tongban.application.Party.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what may happen to an application: for each state and action, the next state
 * and who may act. Every change of state goes through it; a state without a row for an action
 * refuses it.
 */
public final class Transitions {

    /**
     * One row. {@code to} is null when the application returns to the state it was paused in (end of
     * a special procedure) or stays where it is (an extension).
     */
    public record Transition(ApplicationState from, Action action, ApplicationState to, Set<Party> parties) {}

    private static final List<Transition> TABLE = List.of(
            row(RECEIVED, ACCEPT, ACCEPTED, HANDLING_CLERK),
            row(RECEIVED, REFUSE_ACCEPTANCE, NOT_ACCEPTED, HANDLING_CLERK, SYSTEM),
            row(RECEIVED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, HANDLING_CLERK),
            row(RECEIVED, DEEM_ACCEPTED, ACCEPTED, SYSTEM),
            row(RECEIVED, INSTANT_APPROVE, APPROVED, SYSTEM),
            row(RECEIVED, WITHDRAW, WITHDRAWN, APPLICANT),
            row(SUPPLEMENT_REQUESTED, SUPPLEMENT, RECEIVED, APPLICANT, HANDLING_CLERK, RECEIVING_CLERK),
            row(SUPPLEMENT_REQUESTED, REFUSE_ACCEPTANCE, NOT_ACCEPTED, HANDLING_CLERK),
            row(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, APPLICANT),
            row(ACCEPTED, ADVANCE, IN_REVIEW, STEP_ACTOR),
            row(ACCEPTED, APPROVE, APPROVED, STEP_ACTOR),
            row(ACCEPTED, REFUSE, REFUSED, STEP_ACTOR),
            row(ACCEPTED, START_SPECIAL_PROCEDURE, SPECIAL_PROCEDURE, DEPARTMENT_REVIEWER),
            row(ACCEPTED, EXTEND, null, DEPARTMENT_REVIEWER),
            row(ACCEPTED, WITHDRAW, WITHDRAWN, APPLICANT),
            row(IN_REVIEW, ADVANCE, IN_REVIEW, STEP_ACTOR),
            row(IN_REVIEW, APPROVE, APPROVED, STEP_ACTOR),
            row(IN_REVIEW, REFUSE, REFUSED, STEP_ACTOR),
            row(IN_REVIEW, START_SPECIAL_PROCEDURE, SPECIAL_PROCEDURE, DEPARTMENT_REVIEWER),
            row(IN_REVIEW, EXTEND, null, DEPARTMENT_REVIEWER),
            row(IN_REVIEW, WITHDRAW, WITHDRAWN, APPLICANT),
            row(SPECIAL_PROCEDURE, END_SPECIAL_PROCEDURE, null, DEPARTMENT_REVIEWER),
            row(SPECIAL_PROCEDURE, WITHDRAW, WITHDRAWN, APPLICANT),
            row(APPROVED, DELIVER, COMPLETED, HANDLING_CLERK),
            row(REFUSED, DELIVER, COMPLETED, HANDLING_CLERK));

    private Transitions() {}

    public static Optional<Transition> find(ApplicationState from, Action action) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action)
                .findFirst();
    }

    /** The actions the table allows in a state, for telling a client what it could do instead. */
    public static List<Action> allowedIn(ApplicationState state) {
        return TABLE.stream()
                .filter(t -> t.from() == state)
                .map(Transition::action)
                .toList();
    }

    public static List<Transition> table() {
        return TABLE;
    }

    private static Transition row(
            ApplicationState from, Action action, ApplicationState to, Party first, Party... rest) {
        return new Transition(from, action, to, EnumSet.of(first, rest));
    }
}
