package org.tongban.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.PersonalData;

@PersonalData
@Path("/api/v1/me")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Callers callers;

    @GET
    @Authenticated
    @Operation(
            summary = "Who am I",
            description = "The caller's subject, display name, roles, data scope (service point, department,"
                    + " district) and acting client, for users and kiosk service accounts alike.")
    public MeView me() {
        return MeView.of(callers.current());
    }
}
