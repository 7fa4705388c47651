package org.tongban.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Page;
import org.tongban.common.PersonalData;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@PersonalData
@Path("/api/v1/rectifications")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK, Role.REVIEWER, Role.SUPERVISOR})
public class RectificationResource {

    @Inject
    Rectifications rectifications;

    @Inject
    Callers callers;

    @GET
    @Operation(
            summary = "Rectifications in the caller's scope",
            description = "A clerk's service point, a reviewer's department in their area (the cases its body"
                    + " held), a supervisor's district (or the city); oldest (so soonest deadline) first; keyset-paginated. Without a status, those not yet"
                    + " finished (neither CLOSED nor DISMISSED).")
    public Page<RectificationView> list(
            @QueryParam("status") RectificationStatus status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") Long cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return rectifications.list(callers.current(), new Rectifications.Filter(status, overdue, cursor, limit));
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a rectification step",
            description =
                    "The unit that handled the case: CALLBACK (回访), RECTIFY, REPLY, or APPEAL a malicious rating."
                            + " A supervisor: UPHOLD_APPEAL (the rating is marked malicious) or REJECT_APPEAL. Each with a note.")
    @APIResponse(
            responseCode = "200",
            description = "The rectification after the step",
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RectificationView step(@PathParam("id") long id, @NotNull @Valid Rectifications.StepRequest request) {
        return rectifications.act(callers.current(), id, request);
    }
}
