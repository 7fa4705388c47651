package org.tongban.cases.intake;

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
import org.tongban.cases.ApplicationQueries;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.ApplicationView;
import org.tongban.common.Page;
import org.tongban.common.PersonalData;
import org.tongban.identity.Callers;
import org.tongban.identity.DataScope;
import org.tongban.identity.Role;

@PersonalData
@Path("/api/v1/me/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class MyApplicationsResource {

    @Inject
    Callers callers;

    @Inject
    ApplicationQueries queries;

    @GET
    @RolesAllowed(Role.CITIZEN)
    @Operation(
            summary = "My applications",
            description = "The citizen's own applications, however they were made (online, at a window, at a kiosk),"
                    + " and those they filed as the agent of a person or organisation. Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ApplicationResource.ApplicationPage.class)))
    public Page<ApplicationView> mine(
            @QueryParam("state") ApplicationState state,
            @QueryParam("cursor") Long cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        var caller = callers.current();
        return queries.list(caller, caller.scope().only(DataScope.Applicant.class), state, null, cursor, limit);
    }
}
