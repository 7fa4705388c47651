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
            summary = "Verify the keyed audit chain, one bounded step",
            description = "Without from: continues from the last verified entry, checking at most limit entries"
                    + " (and never more than the configured tongban.audit.verify-limit), so call again while"
                    + " unverified is above 0. With from: checks again entries verified before, from that"
                    + " position. Each entry's seal is an HMAC under a key the database does not hold, so an"
                    + " entry altered, removed, inserted or reordered directly in the database is found. A break,"
                    + " whether found now or by the periodic verification job, is reported in firstBrokenLink"
                    + " until that position verifies again.")
    public ChainReport verify(
            @Parameter(description = "Re-check entries from this position of the chain") @QueryParam("from") @Min(1)
                    Long from,
            @Parameter(description = "Entries to check at most") @QueryParam("limit") @Min(1) @Max(100000)
                    Integer limit) {
        return trail.verify(callers.current(), from, limit);
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
