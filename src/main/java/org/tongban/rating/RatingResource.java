package org.tongban.rating;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.PersonalData;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@PersonalData
@Path("/api/v1/applications/{number}/rating")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    @Inject
    Ratings ratings;

    @Inject
    Callers callers;

    /** How the applicant rates the unit's reply: by name or by code, as a rating. */
    public record RectificationRating(
            @Schema(description = RatingRequest.LEVEL) @Min(1) @Max(5)
            Integer level,

            Satisfaction satisfaction) {}

    /** A rating given with the one-time code printed on a window's or an outlet's receipt. */
    public record CodeRating(
            @NotBlank @Size(max = 20) String code,
            @NotNull @Valid RatingRequest rating) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CITIZEN)
    @Operation(
            summary = "Rate a finished case (好差评)",
            description = "Once per case, by the applicant, once the result has reached them: not accepted, withdrawn,"
                    + " completed (an approval or a refusal delivered) or approved instantly (秒批); not before. Give"
                    + " satisfaction by name (VERY_SATISFIED … VERY_DISSATISFIED) or level, its GB/T 39046 A.8 code,"
                    + " where 1 is the best (非常满意) and 5 the worst (非常不满意). DISSATISFIED and VERY_DISSATISFIED"
                    + " (4, 5) open a rectification at the unit that handled the case.")
    @APIResponse(
            responseCode = "201",
            description = "Rated",
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response rate(@PathParam("number") String number, @NotNull @Valid RatingRequest request) {
        RatingView view = ratings.rate(callers.current(), number, request);
        return Response.created(URI.create("/api/v1/applications/" + number + "/rating"))
                .entity(view)
                .build();
    }

    @POST
    @Path("/with-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(
            summary = "Rate a finished case with the receipt's code",
            description = "For applicants who applied at a window, kiosk or partner outlet and have no account: the"
                    + " one-time code printed on their receipt stands for their login, and the rating spends it. Same"
                    + " rules as a logged-in rating. A wrong or spent code answers 404, like a wrong number.")
    @APIResponse(
            responseCode = "201",
            description = "Rated",
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response rateWithCode(@PathParam("number") String number, @NotNull @Valid CodeRating request) {
        RatingView view = ratings.rateWithCode(number, request.code(), request.rating());
        return Response.created(URI.create("/api/v1/applications/" + number + "/rating"))
                .entity(view)
                .build();
    }

    @GET
    @Authenticated
    @Operation(
            summary = "A case's rating and its rectification",
            description = "For the applicant and whoever may see the case.")
    public RatingView get(@PathParam("number") String number) {
        return ratings.rating(callers.current(), number);
    }

    @POST
    @Path("/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CITIZEN)
    @Operation(
            summary = "Rate the rectification",
            description = "The applicant rates the unit's reply, which closes the rectification.")
    @APIResponse(
            responseCode = "200",
            description = "The rating with its closed rectification",
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RatingView rateRectification(
            @PathParam("number") String number, @NotNull @Valid RectificationRating request) {
        return ratings.rateRectification(
                callers.current(), number, Satisfaction.given(request.level(), request.satisfaction()));
    }
}
