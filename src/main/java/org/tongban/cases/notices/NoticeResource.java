package org.tongban.cases.notices;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Localized;
import org.tongban.common.Messages;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/applications/{number}/notices")
@Tag(name = "Notices")
@Authenticated
@Localized
public class NoticeResource {

    static final String PDF = "application/pdf";

    @Inject
    NoticeService notices;

    @Inject
    Callers callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "200",
            description = "The case's notices",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NoticeView.class)))
    @Operation(
            summary = "The case's written notices",
            description = "Every notice issued for the case, oldest first: receipt (收件回执), acceptance (受理通知书),"
                    + " supplement (补正材料通知书), non-acceptance (不予受理决定书), extension (Art. 42), decision"
                    + " (准予/不予许可决定书). For whoever may read the case; Accept-Language: en gives English texts.")
    public List<NoticeView> list(@PathParam("number") String number, @Context HttpHeaders headers) {
        return notices.list(callers.current(), number, NoticeTexts.in(Messages.preferred(headers)));
    }

    @GET
    @Path("/{noticeNumber}")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(
            summary = "One notice, as JSON or as the PDF issued",
            description = "With Accept: application/pdf the PDF as issued (its SHA-256 is the JSON's pdfSha256), with"
                    + " the verification code and its QR code: what a window prints for the applicant.")
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response one(
            @PathParam("number") String number,
            @PathParam("noticeNumber") String noticeNumber,
            @Context HttpHeaders headers) {
        Locale language = Messages.preferred(headers);
        if (wantsPdf(headers)) {
            NoticePrinter.Copy pdf = notices.pdf(callers.current(), number, noticeNumber, NoticeTexts.in(language));
            return Messages.localized(Response.ok(pdf.content(), PDF), pdf.language())
                    .header("Content-Disposition", "inline; filename=\"" + noticeNumber + ".pdf\"")
                    .build();
        }
        var notice = notices.one(callers.current(), number, noticeNumber, NoticeTexts.in(language));
        return Response.ok(notice, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{noticeNumber}/corrections")
    @RolesAllowed(Role.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a notice: issue a new one that replaces it",
            description = "A notice never changes. A clerk of the window that received or handles the case issues a"
                    + " correction: a new notice of the same kind (its own number and verification code) with the"
                    + " entries given anew, the reason printed on it, and replaces naming the corrected notice, whose"
                    + " verification then names the correction (replacedBy). A notice already replaced is not"
                    + " corrected again (409): correct its replacement. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "The correction, issued",
            content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response correct(
            @PathParam("number") String number,
            @PathParam("noticeNumber") String noticeNumber,
            @NotNull @Valid NoticeCorrection correction,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        NoticeView issued = notices.correct(
                callers.current(), number, noticeNumber, correction, NoticeTexts.in(Messages.preferred(headers)));
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/applications/{number}/notices/{noticeNumber}")
                        .build(number, issued.number()))
                .entity(issued)
                .build();
    }

    /** The PDF only when asked for before JSON: a client accepting anything gets JSON. */
    private static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("application".equals(type.getType()) && "pdf".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
