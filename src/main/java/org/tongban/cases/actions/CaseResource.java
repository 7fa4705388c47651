package org.tongban.cases.actions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationQueries;
import org.tongban.cases.ApplicationView;
import org.tongban.cases.CaseEvents;
import org.tongban.cases.EventView;
import org.tongban.common.PersonalData;
import org.tongban.common.Versioned;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@PersonalData
@Path("/api/v1/applications/{number}")
@Tag(name = "Processing")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    Callers callers;

    @Inject
    ActionService actions;

    @Inject
    CaseEvents events;

    @Inject
    ApplicationQueries applications;

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CITIZEN, Role.CLERK, Role.REVIEWER})
    @Operation(
            summary = "Act on an application",
            description = "`action` selects the payload: ACCEPT; REFUSE_ACCEPTANCE (reasons, right to review; Art. 32,"
                    + " 38); REQUEST_SUPPLEMENT (every deficiency in one notice, within five working days of receipt;"
                    + " Art. 32); SUPPLEMENT (applicant or window); SUPPLY_OWED (materials accepted for later, 容缺后补);"
                    + " START_SPECIAL_PROCEDURE / END_SPECIAL_PROCEDURE (kind, reason, expected working days; the paused"
                    + " days are added back; Art. 45); EXTEND (a department head, once, within the statutory period, at"
                    + " most the item's allowance, with a reason told to the applicant; Art. 42); ADVANCE (to the next"
                    + " flow step); APPROVE (nothing owed); REFUSE (reasons, legal basis, right to review; Art. 38);"
                    + " DELIVER (window pickup, post with tracking number, e-certificate; Art. 44); WITHDRAW (the"
                    + " applicant, until decided). Each action is defined once: its states, parties, payload and rules."
                    + " If-Match must carry the application's ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The application after the action",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response act(
            @PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActionRequest request) {
        Caller caller = callers.current();
        Application application = actions.act(caller, number, ifMatch, request);
        // The case as the action left it (found visible and locked by the action): no second read.
        return Response.ok(
                        applications.view(caller, application).withAllowedActions(actions.allowed(caller, application)))
                .tag(Versioned.etag(application.rowVersion))
                .build();
    }

    @GET
    @Path("/events")
    @Authenticated
    @Operation(
            summary = "The case history",
            description =
                    "Every transition and change of warning colour, oldest first: who, through which client, in which role, from and to, when, and why.")
    public List<EventView> events(@PathParam("number") String number) {
        return events.of(callers.current(), number);
    }
}
