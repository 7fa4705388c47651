package org.tongban.delegation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.HttpCaching;

@Path("/api/v1/delegations")
@Tag(name = "Delegation register")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DelegationResource {

    @Inject
    DelegationRegister register;

    @Inject
    HttpCaching caching;

    @GET
    @Operation(
            summary = "The delegation register (强区放权)",
            description = "Entries by item, district and day, with their history. With item, district and at, the"
                    + " answer to \"who handles item X in district D on day T\": the district's own entry in force on"
                    + " that day, or else the city-level one. Each entry's id is the one routing decisions and cases"
                    + " name.")
    @APIResponse(
            responseCode = "200",
            description = "Matching entries",
            content = @Content(schema = @Schema(implementation = DelegationView[].class)))
    public Response find(
            @Context Request request,
            @QueryParam("item") String item,
            @QueryParam("district") String district,
            @QueryParam("at") LocalDate at) {
        return caching.cacheable(request, register.find(item, district, at));
    }
}
