package org.tongban.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.Actor;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/admin/seeds")
@Tag(name = "Catalogue administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CATALOG_ADMIN)
public class SeedResource {

    @Inject
    SeedImporter importer;

    @Inject
    Callers callers;

    @POST
    @Path("/import")
    @Operation(
            summary = "Re-import the packaged seeds",
            description = "Calendars, catalogue, network and delegations, through the same rules as the admin API."
                    + " Unchanged entries are left alone; a published version that differs from its seed is reported"
                    + " as a conflict and not changed. All or nothing.")
    @APIResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = SeedReport.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SeedReport importSeeds() {
        return importer.importAll(Actor.of(callers.current(), Role.CATALOG_ADMIN));
    }
}
