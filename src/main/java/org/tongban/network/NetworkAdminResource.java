package org.tongban.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/admin/windows")
@Tag(name = "Service network administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CATALOG_ADMIN)
public class NetworkAdminResource {

    @Inject
    NetworkAdmin admin;

    @Inject
    Callers callers;

    @PUT
    @Path("/{code}")
    @Operation(
            summary = "Set a window's item list and opening state",
            description = "A window only chooses which items (or whole categories) it accepts; it cannot change how an"
                    + " item is handled.")
    @APIResponse(
            responseCode = "200",
            description = "The window as changed",
            content = @Content(schema = @Schema(implementation = WindowView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public WindowView update(@PathParam("code") String code, @NotNull @Valid WindowChange change) {
        return admin.updateWindow(Actor.of(callers.current(), Role.CATALOG_ADMIN), code, change);
    }
}
