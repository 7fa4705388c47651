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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Page;
import org.tongban.deadline.Warning;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;
import org.tongban.processing.CaseSummary;

@Path("/api/v1/supervision/warnings")
@Tag(name = "Supervision")
@Produces(MediaType.APPLICATION_JSON)
public class WarningsResource {

    @Inject
    Callers callers;

    @Inject
    WarningQueries queries;

    @GET
    @RolesAllowed({Role.SUPERVISOR, Role.REVIEWER, Role.CLERK})
    @Operation(
            summary = "Yellow and red cases (电子监察)",
            description = "Running cases close to or past their promised due date, or with a flow step that overran its"
                    + " own limit, in the caller's scope: a supervisor's district (or the city), a reviewer's department,"
                    + " a clerk's service point. By number.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = WarningPage.class)))
    public Page<CaseSummary> warnings(
            @QueryParam("colour") Warning colour,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.warnings(callers.current(), colour, cursor, limit);
    }

    /** For the OpenAPI contract: the shape of a page of cases. */
    @Schema(name = "WarningPage")
    public record WarningPage(java.util.List<CaseSummary> items, String nextCursor) {}
}
