package org.tongban.cases.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.audit.Actor;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.CaseHistory;
import org.tongban.cases.Deadline;
import org.tongban.cases.Supplements;
import org.tongban.cases.Warning;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.Clocks;
import org.tongban.common.JsonCodec;

/**
 * Keeps each case's colour, and the clock that gives it, current: after every action and from the
 * warning job. Every clock of the case's state is watched: Art. 32's acceptance window while it
 * waits for acceptance, an unanswered supplement notice, the promised, statutory and step due dates
 * while it is handled, Art. 44's delivery period once decided. Paused cases keep their colour;
 * finished cases have no clock and are green. A change of colour is an event of the case.
 */
@ApplicationScoped
public class WarningService {

    @Inject
    CaseHistory history;

    @Inject
    JsonCodec json;

    /** Working days after a supplement notice before an unanswered one is flagged for a follow-up call. */
    @ConfigProperty(name = "tongban.warnings.supplement-follow-up-working-days", defaultValue = "10")
    int supplementFollowUpDays;

    /** A change of colour, to be recorded after the event that caused it. */
    public record ColourChange(Warning from, Warning to, Deadline deadline) {}

    /**
     * Recomputes the colour and records its change as an event of the case. Returns the calendar
     * years it would need but are not imported (empty when it could compute): then the case keeps
     * its last colour.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Integer> refresh(Application a, ItemStandard standard, CaseClock clock, LocalDate today) {
        try {
            assess(a, standard, clock, today).ifPresent(change -> record(a, change));
            return List.of();
        } catch (UnknownCalendarYearException e) {
            return e.years();
        }
    }

    /**
     * Sets the case's colour and the clock that gives it, without recording anything (an action
     * assesses before its own event and records the change after it). Throws when a calendar year
     * it needs is not imported.
     */
    public Optional<ColourChange> assess(Application a, ItemStandard standard, CaseClock clock, LocalDate today) {
        if (a.state == ApplicationState.SPECIAL_PROCEDURE) {
            return Optional.empty(); // paused: the colour stays as it was
        }
        WarningRules.Assessment assessment = WarningRules.assess(
                deadlines(a, clock),
                today,
                due -> clock.remaining(today, due),
                a.overranSteps,
                standard.yellowThresholdOrDefault());
        Deadline deadline = assessment.deadline();
        a.warningClock = deadline == null ? null : deadline.kind();
        a.warningDue = deadline == null ? null : deadline.due();
        if (assessment.colour() == a.warning) {
            return Optional.empty();
        }
        var change = new ColourChange(a.warning, assessment.colour(), deadline);
        a.warning = assessment.colour();
        return Optional.of(change);
    }

    /** A change of colour is an event of the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application a, ColourChange change) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", change.from());
        details.put("to", change.to());
        if (change.deadline() != null) {
            details.put("clock", change.deadline().kind());
            details.put("due", change.deadline().due());
        }
        history.record(
                a,
                "WARNING",
                a.state,
                a.state,
                Actor.system("electronic-supervision"),
                change.from() + " → " + change.to(),
                details);
    }

    /** The clocks running in the case's state. */
    List<Deadline> deadlines(Application a, CaseClock clock) {
        List<Deadline> deadlines = new ArrayList<>();
        switch (a.state) {
            case RECEIVED ->
                deadlines.add(new Deadline(Deadline.Kind.ACCEPTANCE, clock.acceptanceDue(a.materialsReceivedOn)));
            case SUPPLEMENT_REQUESTED -> {
                LocalDate noticeOn = Supplements.of(a, json).lastNoticeOn();
                if (noticeOn != null) {
                    deadlines.add(new Deadline(
                            Deadline.Kind.SUPPLEMENT, clock.dueInWorkingDays(noticeOn, supplementFollowUpDays)));
                }
            }
            case ACCEPTED, IN_REVIEW -> {
                deadlines.add(new Deadline(Deadline.Kind.PROMISED, a.promisedDue));
                deadlines.add(new Deadline(Deadline.Kind.STATUTORY, a.statutoryDue));
                deadlines.add(new Deadline(Deadline.Kind.STEP, a.stepDue));
            }
            case APPROVED, REFUSED ->
                deadlines.add(new Deadline(Deadline.Kind.DELIVERY, clock.deliveryDue(Clocks.cityDate(a.decidedAt))));
            default -> {
                // finished (or paused, handled above): no clock runs
            }
        }
        return deadlines;
    }
}
