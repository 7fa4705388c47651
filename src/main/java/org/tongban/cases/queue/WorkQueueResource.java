package org.tongban.cases.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Warning;
import org.tongban.common.PersonalData;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@PersonalData
@Path("/api/v1/work-queue")
@Tag(name = "Processing")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    Callers callers;

    @Inject
    WorkQueueQueries queues;

    @GET
    @RolesAllowed({Role.CLERK, Role.REVIEWER})
    @Operation(
            summary = "My work queue",
            description =
                    "A clerk: the cases at their service point waiting for a window action (accept, decide an"
                            + " immediate item, deliver). A reviewer: their department's cases held by the body of their"
                            + " area (the district claim), at a reviewer's step or in a special procedure. Soonest due first, then by number; keyset-paginated; with counts per state.")
    public WorkQueue queue(
            @QueryParam("state") ApplicationState state,
            @QueryParam("item") @Size(max = 80) String item,
            @QueryParam("warning") Warning warning,
            @Parameter(description = "Only cases due on or before this day") @QueryParam("dueBefore")
                    LocalDate dueBefore,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 200)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return queues.queue(
                callers.current(), new WorkQueueQueries.Filter(state, item, warning, dueBefore, cursor, limit));
    }
}
