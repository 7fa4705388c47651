package org.tongban.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.Actor;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.common.Versioned;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/admin/items")
@Tag(name = "Catalogue administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CATALOG_ADMIN)
public class CatalogAdminResource {

    @Inject
    CatalogAdmin admin;

    @Inject
    CatalogQueries queries;

    @Inject
    Callers callers;

    @PUT
    @Path("/{code}")
    @Operation(
            summary = "Create or update an item's header",
            description = "Names, department, category and classification.")
    @APIResponse(
            responseCode = "200",
            description = "The header as saved",
            content = @Content(schema = @Schema(implementation = ItemHeader.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ItemHeader saveItem(@PathParam("code") String code, @NotNull @Valid ItemHeader header) {
        if (!code.equals(header.code())) {
            throw ProblemException.unprocessable(
                    Message.of("catalog.body-names-another-item"),
                    List.of(new FieldError("code", "path-mismatch", "request.must-be", code)));
        }
        return admin.saveItem(actor(), header).header();
    }

    @POST
    @Path("/{code}/versions")
    @Operation(
            summary = "Create a draft version",
            description = "The service numbers it. Refused with every problem listed when the form schema is not a"
                    + " valid JSON Schema or a rule is not valid CEL.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response createDraft(@PathParam("code") String code, @NotNull @Valid ItemStandard standard) {
        ItemVersion version = admin.createDraft(actor(), code, standard);
        return Response.created(URI.create("/api/v1/admin/items/" + code + "/versions/" + version.versionNo))
                .tag(Versioned.etag(version.rowVersion))
                .entity(new ItemView(queries.version(code, version.versionNo).item(), ItemView.VersionView.of(version)))
                .build();
    }

    @GET
    @Path("/{code}/versions")
    @Operation(summary = "All versions of an item, drafts included")
    public List<VersionSummary> versions(@PathParam("code") String code) {
        return queries.versions(code, true);
    }

    @GET
    @Path("/{code}/versions/{number}")
    @Operation(summary = "One version, draft or published, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response version(@PathParam("code") String code, @PathParam("number") int number) {
        ItemVersion version = CatalogAdmin.version(code, number);
        return Response.ok(queries.version(code, number))
                .tag(Versioned.etag(version.rowVersion))
                .build();
    }

    @PUT
    @Path("/{code}/versions/{number}")
    @Operation(
            summary = "Edit a draft version",
            description = "Requires If-Match with the draft's ETag. A published version can no longer change (409).")
    @APIResponse(
            responseCode = "200",
            description = "The edited draft",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response updateDraft(
            @PathParam("code") String code,
            @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ItemStandard standard) {
        ItemVersion version = admin.updateDraft(actor(), code, number, ifMatch, standard);
        return Response.ok(new ItemView(queries.version(code, number).item(), ItemView.VersionView.of(version)))
                .tag(Versioned.etag(version.rowVersion))
                .build();
    }

    @POST
    @Path("/{code}/versions/{number}/publish")
    @Operation(
            summary = "Publish a draft version",
            description = "Checks every publishing rule and lists every broken one at once: the example application"
                    + " against the version's own schema and rules, promised ≤ statutory, steps ≤ promised, immediate"
                    + " items with limit 0, visits and their reason, remote channels for zero-visit items, fully online"
                    + " items without visits, fees with their basis, and no overlap with other versions.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ItemView publish(@PathParam("code") String code, @PathParam("number") int number) {
        admin.publish(actor(), code, number);
        return queries.version(code, number);
    }

    private Actor actor() {
        return Actor.of(callers.current(), Role.CATALOG_ADMIN);
    }
}
