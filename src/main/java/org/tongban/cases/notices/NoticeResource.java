package org.tongban.cases.notices;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.identity.Callers;

@Path("/api/v1/applications/{number}/notices")
@Tag(name = "Notices")
@Authenticated
public class NoticeResource {

    static final String PDF = "application/pdf";

    @Inject
    NoticeService notices;

    @Inject
    Callers callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The case's written notices",
            description = "Every notice issued for the case, oldest first: receipt (收件回执), acceptance (受理通知书),"
                    + " supplement (补正材料通知书), non-acceptance (不予受理决定书), extension (Art. 42), decision"
                    + " (准予/不予许可决定书). For whoever may read the case; Accept-Language: en gives English texts.")
    public List<NoticeView> list(@PathParam("number") String number, @Context HttpHeaders headers) {
        return notices.list(callers.current(), number, NoticeTexts.preferred(headers.getAcceptableLanguages()));
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
        if (wantsPdf(headers)) {
            return Response.ok(notices.pdf(callers.current(), number, noticeNumber), PDF)
                    .header("Content-Disposition", "inline; filename=\"" + noticeNumber + ".pdf\"")
                    .build();
        }
        return Response.ok(
                        notices.one(
                                callers.current(),
                                number,
                                noticeNumber,
                                NoticeTexts.preferred(headers.getAcceptableLanguages())),
                        MediaType.APPLICATION_JSON)
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
