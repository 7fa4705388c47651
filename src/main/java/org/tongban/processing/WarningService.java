package org.tongban.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.tongban.application.Application;
import org.tongban.application.ApplicationState;
import org.tongban.application.CaseHistory;
import org.tongban.audit.Actor;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.catalog.ItemStandard;
import org.tongban.deadline.CaseClock;
import org.tongban.deadline.Warning;
import org.tongban.deadline.WarningRules;

/** Keeps each running case's colour current; a change of colour is an event of the case. */
@ApplicationScoped
public class WarningService {

    @Inject
    CaseHistory history;

    /** Recomputes the colour of an accepted, undecided, running case; paused cases keep theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Application a, ItemStandard standard, CaseClock clock, LocalDate today) {
        if (a.state != ApplicationState.ACCEPTED && a.state != ApplicationState.IN_REVIEW) {
            return;
        }
        Warning colour;
        try {
            colour = WarningRules.colour(
                    WarningRules.isOverdue(today, a.promisedDue),
                    clock.remaining(today, a.promisedDue),
                    WarningRules.isOverdue(today, a.stepDue),
                    a.overranSteps,
                    standard.yellowThresholdOrDefault());
        } catch (UnknownCalendarYearException e) {
            return; // the calendar of that year is not imported: keep the last known colour
        }
        if (colour != a.warning) {
            Warning before = a.warning;
            a.warning = colour;
            history.record(
                    a,
                    "WARNING",
                    a.state,
                    a.state,
                    Actor.system("electronic-supervision"),
                    before + " → " + colour,
                    Map.of("from", before, "to", colour, "promisedDue", a.promisedDue));
        }
    }
}
