package org.tongban.cases.intake;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationQueries;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.ApplicationView;
import org.tongban.cases.PersonalDataAccess;
import org.tongban.cases.actions.ActionService;
import org.tongban.common.Messages;
import org.tongban.common.Page;
import org.tongban.common.PersonalData;
import org.tongban.common.Versioned;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;
import org.tongban.ratelimit.Submission;
import org.tongban.routing.RoutingDecision;

@PersonalData
@Path("/api/v1/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Callers callers;

    @Inject
    ActionService actions;

    @Inject
    SubmissionService submissions;

    @Inject
    ApplicationQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    PersonalDataAccess personalData;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CITIZEN, Role.CLERK, Role.KIOSK})
    @Submission
    @Operation(
            summary = "Apply for a service item",
            description =
                    "A citizen applies for themself (WEB, MOBILE; identity from the token); a clerk for the citizen"
                            + " at their window (WINDOW); a kiosk or partner outlet for the citizen identified at the device"
                            + " (KIOSK, POST, BANK, NOTARY). The applicant is a person (resident ID) or an organisation"
                            + " (unified social credit code) whose kind the item serves; an agent may act for them (online,"
                            + " the citizen acts for an organisation). The item version in force today is pinned. Every"
                            + " problem — channel, form, acceptance conditions, materials, identity numbers — is listed at"
                            + " once and nothing is stored; when unmet acceptance conditions are the only problems, the"
                            + " applicant may send it again with fileDespiteUnmetConditions: true and it is received,"
                            + " numbered and at once not accepted (不予受理) with reasons and the right to review or sue."
                            + " The application is routed to the nearest window whose holder the delegation register gives"
                            + " the item on the day, and numbered. Retries with the same Idempotency-Key and body get the"
                            + " first response again.")
    @APIResponse(
            responseCode = "201",
            description = "Received (or, for instant-approval items, approved; or, filed despite unmet conditions,"
                    + " not accepted)",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response submit(
            @Parameter(description = "A fresh key per application, e.g. a UUID, reused on retries", required = true)
                    @HeaderParam(IDEMPOTENCY_KEY)
                    @Size(min = 1, max = Idempotency.MAX_KEY_LENGTH)
                    String key,
            @NotNull @Valid SubmitRequest request,
            @Context HttpHeaders headers) {
        Caller caller = callers.current();
        // The applicant's language from now on: the case's SMS and later notices follow it.
        Locale language = Messages.preferred(headers);
        return idempotency.once(
                caller.subject(), key, request, () -> submissions.submit(caller, request, key, language));
    }

    @GET
    @RolesAllowed({Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.KIOSK})
    @Operation(
            summary = "Applications in the caller's scope",
            description = "A clerk: received or handled at their service point; a reviewer: their department's cases"
                    + " held by the body of their area (district, zone or city: the district claim); a supervisor:"
                    + " their district's (or the city's); a kiosk: those it submitted. Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    public Page<ApplicationView> list(
            @QueryParam("state") ApplicationState state,
            @QueryParam("item") @Size(max = 80) String item,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") Long cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        Caller caller = callers.current();
        return queries.list(caller, caller.scope(), state, item, cursor, limit);
    }

    @GET
    @Path("/{number}")
    @Authenticated
    @Operation(
            summary = "One application",
            description = "Within the caller's scope only (another citizen's number is 404). The ETag is the version"
                    + " to send in If-Match with an action.")
    @APIResponse(
            responseCode = "200",
            description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@PathParam("number") String number) {
        Caller caller = callers.current();
        Application application = queries.visible(caller, number);
        return Response.ok(queries.view(caller, application).withAllowedActions(actions.allowed(caller, application)))
                .tag(Versioned.etag(application.rowVersion))
                .build();
    }

    @GET
    @Path("/{number}/routing")
    @Authenticated
    @Operation(
            summary = "Why the application is handled where it is",
            description = "The routing decision: every point considered with its distance, backlog and eligibility"
                    + " (\"not delegated on <day>\" where the register gives the item to no holder handling there), the"
                    + " rule that decided, the register entry the case is handled under (id, holder, since when,"
                    + " basis), and whether it was forwarded from where it was received. Staff see the applicant's own"
                    + " position rounded to about a kilometre and distances from it in whole kilometres, unless the"
                    + " item's standard makes a site competent (the place belongs to the case).")
    public RoutingDecision routing(@PathParam("number") String number) {
        return queries.routing(callers.current(), number);
    }

    @GET
    @Path("/{number}/applicant-id")
    @RolesAllowed(Role.CLERK)
    @Operation(
            summary = "The applicant's full ID number, for checking at the window",
            description =
                    "Only for clerks of the receiving or handling window, with a reason; every access is written to"
                            + " the audit trail. Everywhere else the number is masked. The same as personal-data with"
                            + " field applicant.idNumber and agent.idNumber at once.")
    public PersonalDataAccess.FullIdNumber applicantId(
            @PathParam("number") String number,
            @Parameter(description = "Why it is needed, e.g. identity check at the window")
                    @QueryParam("reason")
                    @NotBlank
                    @Size(max = 500)
                    String reason) {
        return personalData.revealIdNumber(callers.current(), number, reason);
    }

    @GET
    @Path("/{number}/personal-data")
    @RolesAllowed(Role.CLERK)
    @Operation(
            summary = "One personal field in full, with a reason",
            description = "Only for clerks of the receiving or handling window; every access is written to the audit"
                    + " trail with the field and the reason. Everywhere else personal data is masked for all but the"
                    + " applicant and their agent. Fields: applicant.idNumber, applicant.contactPhone, agent.idNumber,"
                    + " materials.<code> (the material's reference), form.<field> where the item's form declares the"
                    + " field x-personal; any other answers 422.")
    @APIResponse(
            responseCode = "200",
            description = "The field in full",
            content = @Content(schema = @Schema(implementation = PersonalDataAccess.RevealedField.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public PersonalDataAccess.RevealedField personalData(
            @PathParam("number") String number,
            @Parameter(description = "The field, e.g. form.bankAccount") @QueryParam("field") @NotBlank @Size(max = 120)
                    String field,
            @Parameter(description = "Why it is needed, e.g. payee check before payment")
                    @QueryParam("reason")
                    @NotBlank
                    @Size(max = 500)
                    String reason) {
        return personalData.reveal(callers.current(), number, field, reason);
    }

    /** For the OpenAPI contract: the shape of a page of applications. */
    @Schema(name = "ApplicationPage")
    public record ApplicationPage(java.util.List<ApplicationView> items, String nextCursor) {}
}
