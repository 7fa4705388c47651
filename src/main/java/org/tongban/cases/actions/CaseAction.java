package org.tongban.cases.actions;

import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.common.Message;

/**
 * One action on a case, defined once: from which states, to which state, by which parties, with
 * which payload; what it changes on the case and what the applicant is told ({@code N}, recorded as
 * the event's details); which report counters it moves; and the SMS it sends. {@link ActionService}
 * applies every action the same way, so nothing changes a case's state outside these definitions.
 *
 * @param <P> the payload: a request body for the actions people take, or what the service passes
 *     for its own (submission, deemed acceptance, instant approval)
 * @param <N> the notice: what the action records and tells the applicant
 */
public abstract class CaseAction<P, N> {

    private final Action action;
    private final Set<ApplicationState> from;
    private final Target to;
    private final Set<Party> parties;

    protected CaseAction(Action action, Set<ApplicationState> from, Target to, Set<Party> parties) {
        this.action = action;
        this.from = Set.copyOf(from);
        this.to = to;
        this.parties = Set.copyOf(parties);
    }

    public final Action action() {
        return action;
    }

    /** The states it may be taken in; empty only for submission, which creates the case. */
    public final Set<ApplicationState> from() {
        return from;
    }

    public final Target to() {
        return to;
    }

    /** Who may take it, by their relation to the case. */
    public final Set<Party> parties() {
        return parties;
    }

    /**
     * What the case itself must be for the action, whatever the payload (a decision only at the last
     * flow step, one extension only): throws the 409 saying why not. Checked before {@link #change},
     * and by {@link ActionService#allowed} so that a view offers only actions that would be taken.
     * Reads the case, never changes it.
     */
    protected void requireReady(Application a, CaseContext c) {}

    /** The action on the case: {@link #requireReady}, then {@link #change}. */
    final N take(Application a, P payload, CaseContext c) {
        requireReady(a, c);
        return change(a, payload, c);
    }

    /**
     * Changes the case (everything but its state), or throws a {@code ProblemException} naming every
     * rule of this action the case or the payload breaks; then nothing has changed.
     */
    protected abstract N change(Application a, P payload, CaseContext c);

    /** The report-card counters it moves, read after {@link #change}. */
    protected Counters counters(Application a, CaseContext c) {
        return Counters.NONE;
    }

    /** The SMS the applicant receives, if any, sent in the applicant's language. */
    protected Optional<Message> sms(Application a, N notice) {
        return Optional.empty();
    }

    /**
     * The written notice the law requires at this transition, if any: issued by {@code
     * NoticeService} with the event, read after {@link #change}.
     */
    protected Optional<NoticeDue> noticeDue(Application a, N notice, CaseContext c) {
        return Optional.empty();
    }

    /** Where an action leaves a case. */
    public sealed interface Target {

        ApplicationState after(Application before);

        static Target state(ApplicationState state) {
            return new To(state);
        }

        /** A named state. */
        record To(ApplicationState state) implements Target {
            @Override
            public ApplicationState after(Application before) {
                return state;
            }
        }

        /** Where it was (an extension, materials handed in). */
        record Unchanged() implements Target {
            @Override
            public ApplicationState after(Application before) {
                return before.state;
            }
        }

        /** Back to the state a special procedure paused it in. */
        record Resumed() implements Target {
            @Override
            public ApplicationState after(Application before) {
                return before.pausedState;
            }
        }
    }
}
