package org.tongban.cases.intake;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.tongban.common.Messages;
import org.tongban.common.PersonalData;
import org.tongban.identity.Caller;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;
import org.tongban.ratelimit.Submission;

@PersonalData
@Path("/api/v1/bundles")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class BundleResource {

    @Inject
    Callers callers;

    @Inject
    BundleService bundles;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CITIZEN, Role.CLERK, Role.KIOSK})
    @Submission
    @Operation(
            summary = "Apply for several items at once (一件事)",
            description = "Applicant data and shared materials are given once. All items are checked before any is"
                    + " stored: one failing item refuses the whole bundle, with every problem of every item listed"
                    + " under items[i]. Items go to one service point whenever one handles all of them.")
    @APIResponse(
            responseCode = "201",
            description = "Every item received",
            content = @Content(schema = @Schema(implementation = BundleView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response submit(
            @Parameter(required = true)
                    @HeaderParam(ApplicationResource.IDEMPOTENCY_KEY)
                    @Size(min = 1, max = Idempotency.MAX_KEY_LENGTH)
                    String key,
            @NotNull @Valid BundleRequest request,
            @Context HttpHeaders headers) {
        Caller caller = callers.current();
        Locale language = Messages.preferred(headers);
        return idempotency.once(caller.subject(), key, request, () -> bundles.submit(caller, request, key, language));
    }

    @GET
    @Path("/{reference}")
    @Authenticated
    @Operation(
            summary = "A bundle with the combined status of its applications",
            description = "Visible to whoever may see its applications.")
    public BundleView get(@PathParam("reference") String reference) {
        return bundles.view(callers.current(), reference);
    }
}
