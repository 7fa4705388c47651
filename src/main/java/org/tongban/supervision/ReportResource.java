package org.tongban.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Divisions;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/reports")
@Tag(name = "Supervision")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    Callers callers;

    @Inject
    ReportCards cards;

    @Inject
    LoadReport load;

    @Inject
    Clock clock;

    @GET
    @Path("/report-card")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(
            summary = "The reform's report card (成绩单)",
            description = "Cases received, accepted, decided, completed; the share handled per service point and per"
                    + " configured group; the share of items and of cases that are zero-visit, immediate, online-capable,"
                    + " citywide, mobile-capable, instant-approval; delegated items and their share by field and type;"
                    + " promised/statutory limit ratios (item- and case-weighted); on-time decisions, overdue cases,"
                    + " working days to decision per item; satisfaction. A district supervisor sees their district; a city"
                    + " supervisor the city or ?district=. Each figure says how it was computed.")
    @APIResponse(
            responseCode = "200",
            description = "The report card",
            content = @Content(schema = @Schema(implementation = ReportCard.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ReportCard reportCard(
            @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to,
            @QueryParam("district") @Size(max = 20) String district) {
        if (to.isBefore(from)) {
            throw ProblemException.unprocessable(
                    Message.of("report.period-ends-before-start"),
                    List.of(new FieldError("to", "before-from", "report.to-before-from")));
        }
        return cards.card(from, to, scope(callers.current(), district));
    }

    @GET
    @Path("/load")
    @RolesAllowed({Role.SUPERVISOR, Role.CLERK})
    @Operation(
            summary = "Backlog per service point and item",
            description =
                    "Undecided cases now, or at the end of the day ?at= (from the daily counters). Supervisors see"
                            + " their district (or the city, or ?district=); clerks the city, as routing does.")
    public List<LoadReport.Load> load(
            @QueryParam("at") LocalDate at, @QueryParam("district") @Size(max = 20) String district) {
        Caller caller = callers.current();
        // Clerks see the load city-wide, as routing weighs it (a clerk who also supervises too: the union).
        String scope = caller.hasRole(Role.CLERK) ? district : scope(caller, district);
        return at == null || !at.isBefore(LocalDate.now(clock)) ? load.now(scope) : load.endOf(at, scope);
    }

    /** A city supervisor may look at any district; a district supervisor only at their own. */
    private static String scope(Caller supervisor, String requested) {
        String own = supervisor.scope().supervisedArea().orElse("");
        if (own.equals(Divisions.CITY)) {
            return requested == null || requested.equals(Divisions.CITY) ? null : requested;
        }
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("report.own-district-only", own);
        }
        return own;
    }
}
