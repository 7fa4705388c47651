package org.tongban.files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/files")
@Tag(name = "Files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    @Inject
    Callers callers;

    @Inject
    Uploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.CITIZEN, Role.CLERK, Role.KIOSK})
    @Operation(
            summary = "Upload the file of a material",
            description = "One file in the multipart part named file: PDF, JPEG, PNG or OFD (read from the content,"
                    + " whatever its name or declared type), at most the configured size (20 MB unless configured"
                    + " otherwise). Hand it in with a submission or supplement as the material's reference"
                    + " FILE:<id>; only the uploader may, and only once. Unattached uploads are deleted after the"
                    + " configured time (24 hours unless configured otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response upload(
            @RestForm("file")
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")
                    FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest(
                    Message.of("file.none-sent"), List.of(new FieldError("file", "required", "file.part-named-file")));
        }
        return Response.status(Response.Status.CREATED)
                .entity(uploads.upload(callers.current(), file.uploadedFile()))
                .build();
    }
}
