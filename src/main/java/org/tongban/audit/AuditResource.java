package org.tongban.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Page;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    Callers callers;

    @Inject
    AuditTrail trail;

    @GET
    @Path("/verify")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(
            summary = "Re-check the audit hash chain",
            description = "Re-checks every link from the first entry and reports the first broken one: an"
                    + " entry altered, removed or reordered directly in the database.")
    public ChainReport verify() {
        return trail.verify();
    }

    @GET
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(
            summary = "Audit entries of one subject",
            description = "Newest first. City supervisors see every entry; district supervisors those of"
                    + " their district.")
    public Page<AuditEntryView> list(
            @Parameter(description = "type:id, e.g. item-version:gjj-withdraw-rent/1")
                    @QueryParam("subject")
                    @NotBlank
                    @Pattern(regexp = "[a-z-]+:.+")
                    String subject,
            @Parameter(description = "Cursor: nextCursor of the previous page") @QueryParam("cursor") Long cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        String[] parts = subject.split(":", 2);
        return trail.list(callers.current(), parts[0], parts[1], cursor, limit);
    }
}
