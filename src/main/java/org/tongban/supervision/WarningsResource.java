package org.tongban.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.calendar.CalendarCoverage;
import org.tongban.calendar.Calendars;
import org.tongban.cases.Warning;
import org.tongban.cases.queue.CaseSummary;
import org.tongban.common.Page;
import org.tongban.common.PersonalData;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;
import org.tongban.rating.Rectifications;

@PersonalData
@Path("/api/v1/supervision/warnings")
@Tag(name = "Supervision")
@Produces(MediaType.APPLICATION_JSON)
public class WarningsResource {

    /** The most overdue rectifications shown here; GET /api/v1/rectifications?overdue=true pages through all. */
    static final int OVERDUE_RECTIFICATIONS_SHOWN = 50;

    @Inject
    Callers callers;

    @Inject
    WarningQueries queries;

    @Inject
    Rectifications rectifications;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.SUPERVISOR, Role.REVIEWER, Role.CLERK})
    @Operation(
            summary = "Yellow and red cases (电子监察)",
            description = "Cases close to or past one of their clocks — Art. 32's five working days to accept, an"
                    + " unanswered supplement notice (yellow only), the promised, statutory (Art. 42) or step due date,"
                    + " Art. 44's ten working days to deliver a decision — or with a flow step that overran its own"
                    + " limit, in the caller's scope: a supervisor's district (or the city), a reviewer's department in"
                    + " their area (the cases its body holds), a clerk's service point; red first, by number within a"
                    + " colour; each names its clock and due date. Also the 50 oldest rectifications of bad reviews past"
                    + " their deadline (all of them: GET /api/v1/rectifications?overdue=true), and the calendar years"
                    + " not imported that deadlines will need (the current year, and from 1 November the next).")
    public SupervisionWarnings warnings(
            @QueryParam("colour") Warning colour,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Caller caller = callers.current();
        Page<CaseSummary> page = queries.warnings(caller, colour, cursor, limit);
        var overdue =
                rectifications.list(caller, new Rectifications.Filter(null, true, null, OVERDUE_RECTIFICATIONS_SHOWN));
        var calendarMissing = CalendarCoverage.missingYears(calendars.knownYears(), LocalDate.now(clock)).stream()
                .map(year -> new SupervisionWarnings.CalendarMissing(year, CalendarCoverage.notice(year)))
                .toList();
        return new SupervisionWarnings(page.items(), page.nextCursor(), overdue.items(), calendarMissing);
    }
}
