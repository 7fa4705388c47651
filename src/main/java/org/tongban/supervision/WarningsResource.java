package org.tongban.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Page;
import org.tongban.deadline.Warning;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;
import org.tongban.processing.CaseSummary;
import org.tongban.rating.Rectifications;

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

    @GET
    @RolesAllowed({Role.SUPERVISOR, Role.REVIEWER, Role.CLERK})
    @Operation(
            summary = "Yellow and red cases (电子监察)",
            description = "Running cases close to or past their promised due date, or with a flow step that overran its"
                    + " own limit, in the caller's scope: a supervisor's district (or the city), a reviewer's department in their"
                    + " area (cases its body holds),"
                    + " a clerk's service point; red first, by number within a colour. Also the 50 oldest rectifications of bad reviews past their deadline"
                    + " (all of them: GET /api/v1/rectifications?overdue=true).")
    public SupervisionWarnings warnings(
            @QueryParam("colour") Warning colour,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Caller caller = callers.current();
        Page<CaseSummary> page = queries.warnings(caller, colour, cursor, limit);
        var overdue =
                rectifications.list(caller, new Rectifications.Filter(null, true, null, OVERDUE_RECTIFICATIONS_SHOWN));
        return new SupervisionWarnings(page.items(), page.nextCursor(), overdue.items());
    }
}
