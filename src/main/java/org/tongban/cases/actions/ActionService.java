package org.tongban.cases.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tongban.audit.Actor;
import org.tongban.calendar.Calendars;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.ApplicationView;
import org.tongban.cases.CaseHistory;
import org.tongban.cases.Counters;
import org.tongban.cases.clock.CaseClock;
import org.tongban.cases.clock.WarningService;
import org.tongban.cases.notices.NoticeDue;
import org.tongban.cases.notices.NoticeService;
import org.tongban.cases.queue.WorkAssignment;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;
import org.tongban.common.Message;
import org.tongban.common.Messages;
import org.tongban.common.ProblemException;
import org.tongban.common.RetryOnConflict;
import org.tongban.common.Versioned;
import org.tongban.delegation.DelegationRegister;
import org.tongban.delegation.DelegationView;
import org.tongban.files.MaterialFiles;
import org.tongban.identity.Caller;

/**
 * Applies the actions of {@link ActionTable}, every one the same way: the case is locked, the
 * caller's If-Match must name its current version, the definition says whether the action is
 * possible in the case's state and whether the caller is one of its parties, then the definition
 * changes the case; its state, event, audit entry, counters, SMS, written notice and place in the
 * work queues commit together — or, when a rule refuses it, nothing does.
 */
@ApplicationScoped
public class ActionService {

    @Inject
    EntityManager em;

    @Inject
    CaseHistory history;

    @Inject
    Calendars calendars;

    @Inject
    WarningService warnings;

    @Inject
    JsonCodec json;

    @Inject
    ApplicationCheck check;

    @Inject
    Clock clock;

    @Inject
    DelegationRegister register;

    @Inject
    NoticeService notices;

    @Inject
    CatalogQueries catalog;

    @Inject
    MaterialFiles files;

    /** An action a person takes on an application through the API. */
    @RetryOnConflict
    @Transactional
    public <P extends ActionRequest> Application act(Caller caller, String number, String ifMatch, P request) {
        // Scope first, from a plain read: a caller outside it never holds the case's row lock.
        Application a = ApplicationAccess.lock(ApplicationAccess.visible(caller, number));
        if (!ApplicationAccess.canSee(caller, a)) {
            throw ProblemException.notFound("not-found.application", number); // moved out of scope meanwhile
        }
        Versioned.requireMatch(ifMatch, a.rowVersion);
        CaseAction<P, ?> action = ActionTable.of(request);
        requirePossible(action, a.state);
        String role = Parties.actingRole(caller, a, action.parties())
                .orElseThrow(() ->
                        ProblemException.forbidden("action.not-a-party", action.action(), a.state, action.parties()));
        List<OfferedMaterial> handedIn = request instanceof HandsInMaterials materials && materials.materials() != null
                ? materials.materials()
                : List.of();
        List<FieldError> fileProblems = files.problems(caller, handedIn);
        if (!fileProblems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("materials.not-taken"), fileProblems);
        }
        apply(a, action, request, Actor.of(caller, role), request.comment());
        files.attach(a.id, handedIn);
        em.flush(); // a concurrent change found now is a 409 from this call, not a failed commit
        return a;
    }

    /**
     * The actions the caller could take on the case now — possible in its state, the caller one of
     * their parties, the case ready for them ({@link CaseAction#requireReady}) — each with the request
     * it needs: what the case's view offers. Only actions taken through the API are offered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationView.AllowedAction> allowed(Caller caller, Application a) {
        List<ApplicationView.AllowedAction> allowed = new ArrayList<>();
        CaseContext context = null;
        for (CaseAction<?, ?> action : ActionTable.all()) {
            Optional<Class<?>> request = ActionTable.requestOf(action.action());
            Optional<String> role = request.isPresent() && action.from().contains(a.state)
                    ? Parties.actingRole(caller, a, action.parties())
                    : Optional.empty();
            if (role.isEmpty()) {
                continue;
            }
            context = context == null ? context(a, null) : context;
            if (isReady(action, a, context)) {
                allowed.add(ActionOffers.offer(action.action(), role.get(), request.get()));
            }
        }
        return allowed;
    }

    private static boolean isReady(CaseAction<?, ?> action, Application a, CaseContext context) {
        try {
            action.requireReady(a, context);
            return true;
        } catch (ProblemException e) { // an unknown calendar year included
            return false;
        }
    }

    /** Submission: a new application, checked and routed, becomes a case received by its submitter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(Caller caller, Application a, Submit.Payload routing) {
        String role = Parties.actingRole(caller, a, ActionTable.SUBMIT.parties())
                .orElseThrow(() -> new IllegalStateException(caller + " submitted for none of its parties"));
        apply(a, ActionTable.SUBMIT, routing, Actor.of(caller, role), null);
    }

    /**
     * The service's own actions (deemed acceptance, instant approval, not accepted on filing): same
     * table, same effects; only actions that name the service among their parties.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void actAsSystem(Application a, CaseAction<P, ?> action, P payload, String job, String comment) {
        if (!action.parties().contains(Party.SYSTEM)) {
            throw new IllegalStateException(action.action() + " is not the service's to take");
        }
        requirePossible(action, a.state);
        apply(a, action, payload, Actor.system(job), comment);
    }

    private <P, N> void apply(Application a, CaseAction<P, N> action, P payload, Actor actor, String comment) {
        var context = context(a, decidedBy(a));
        ItemStandard standard = context.standard();
        CaseClock caseClock = context.clock();
        LocalDate today = context.today();
        ApplicationState from = a.state;
        ApplicationState to = action.to().after(a);
        N notice = action.take(a, payload, context);
        a.moveTo(to);
        WorkAssignment.update(a, caseClock);
        Optional<WarningService.ColourChange> colour = newColour(a, standard, caseClock, today);
        Optional<NoticeDue> due = action.noticeDue(a, notice, context);
        // Numbered before the case is written, so that its number is part of that one write.
        OptionalInt noticeSeq = due.isPresent() ? OptionalInt.of(a.nextNoticeSeq()) : OptionalInt.empty();
        if (a.id == null) {
            a.persist(); // a new case is stored, whole, before its first event
        }
        Counters counters = action.counters(a, context);
        String sms = action.sms(a, notice)
                .map(text -> Messages.text(Messages.ofTag(a.language), text))
                .orElse(null);
        history.record(a, action.action().name(), from, to, actor, comment, notice, counters, sms);
        due.ifPresent(issued -> notices.issue(a, noticeSeq.getAsInt(), issued, context.decidedBy()));
        colour.ifPresent(change -> warnings.record(a, change));
    }

    private CaseContext context(Application a, LocalizedText decidedBy) {
        ItemStandard standard = catalog.standard(a.itemVersionId);
        return new CaseContext(
                LocalDate.now(clock),
                Clocks.utcNow(clock),
                new CaseClock(calendars.current()),
                standard,
                decidedBy,
                json,
                check);
    }

    /** The body in whose name the case's decisions are issued, from the entry it was routed under. */
    private LocalizedText decidedBy(Application a) {
        return a.delegationId == null
                ? null
                : register.entry(a.delegationId)
                        .map(DelegationView::decidesInNameOf)
                        .orElse(null);
    }

    /** The case's colour after the action; kept as it was when the calendar cannot say. */
    private Optional<WarningService.ColourChange> newColour(
            Application a, ItemStandard standard, CaseClock caseClock, LocalDate today) {
        try {
            return warnings.assess(a, standard, caseClock, today);
        } catch (UnknownCalendarYearException e) {
            return Optional.empty();
        }
    }

    private static void requirePossible(CaseAction<?, ?> action, ApplicationState state) {
        if (!action.from().contains(state)) {
            var allowed = ActionTable.allowedIn(state);
            throw new ProblemException(
                    409,
                    "action-not-allowed",
                    Message.of("action.not-possible", action.action(), state, allowed),
                    List.of(new FieldError(
                            "action", "not-allowed-in-" + state.name().toLowerCase(), "action.allowed", allowed)));
        }
    }
}
