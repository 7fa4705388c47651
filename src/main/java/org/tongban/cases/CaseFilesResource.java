package org.tongban.cases;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.ProblemException;
import org.tongban.files.FileType;
import org.tongban.files.MaterialFiles;
import org.tongban.identity.Callers;

/** The files handed in with a case, for exactly those who may read the case. */
@Path("/api/v1/applications/{number}/files")
@Tag(name = "Applications")
public class CaseFilesResource {

    @Inject
    Callers callers;

    @Inject
    ApplicationQueries queries;

    @Inject
    MaterialFiles files;

    @GET
    @Path("/{id}")
    @Authenticated
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/ofd"})
    @Operation(
            summary = "A file handed in with the application",
            description = "The content as uploaded, with the media type read from it when it was uploaded. For those"
                    + " who may read the application; for anyone else, and for a file not handed in with this"
                    + " application, 404.")
    @APIResponse(
            responseCode = "200",
            description = "The file; its ETag is its SHA-256",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/ofd", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response file(
            @PathParam("number") String number, @PathParam("id") @Pattern(regexp = "[a-z0-9]{1,80}") String id) {
        Application application = queries.visible(callers.current(), number);
        MaterialFiles.Attached attached = files.ofCase(application.id, id)
                .orElseThrow(() -> ProblemException.notFound("not-found.case-file", id, number));
        var file = attached.file();
        String name = attached.materialCode() + "-" + file.id + "."
                + FileType.ofMediaType(file.mediaType).extension();
        try {
            return Response.ok(files.open(file), file.mediaType)
                    .header(HttpHeaders.CONTENT_LENGTH, file.sizeBytes)
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    // Personal documents: never kept by a shared cache, never rendered as another type.
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .tag(file.sha256)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("file " + id + " cannot be read from storage", e);
        }
    }
}
