package org.tongban.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.Actor;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/admin/calendar")
@Tag(name = "Working-day calendar administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CATALOG_ADMIN)
public class CalendarAdminResource {

    @Inject
    Calendars calendars;

    @Inject
    Callers callers;

    @PUT
    @Path("/{year}")
    @Operation(
            summary = "Import or replace a year's holiday arrangement",
            description =
                    "The holiday-cn shape: only the exceptions to Monday–Friday (isOffDay true for holidays, false"
                            + " for make-up working days). Every problem with the file is listed at once.")
    @APIResponse(
            responseCode = "200",
            description = "The year as imported",
            content = @Content(schema = @Schema(implementation = HolidayArrangement.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HolidayArrangement importYear(@PathParam("year") int year, @NotNull @Valid HolidayArrangement arrangement) {
        if (arrangement.year() != year) {
            throw ProblemException.unprocessable(
                    Message.of("calendars.body-for-another-year"),
                    List.of(new FieldError("year", "path-mismatch", "request.must-be", year)));
        }
        calendars.importYear(Actor.of(callers.current(), Role.CATALOG_ADMIN), arrangement);
        return calendars.arrangement(year);
    }
}
