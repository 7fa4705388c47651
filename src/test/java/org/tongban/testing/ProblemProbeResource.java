package org.tongban.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Test-only endpoints that fail in each way the service can fail, to prove the one error shape
 * end to end. Excluded from the OpenAPI scan (see application.properties, %test profile).
 */
@Path("/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Line(@NotBlank String reference) {}

    public record Order(
            @NotBlank String itemCode,
            @Pattern(regexp = "1\\d{10}") String phone,
            @Max(10) int quantity,
            @NotEmpty List<@Valid Line> lines) {}

    @POST
    @Path("/validated")
    @RolesAllowed("citizen")
    public Order validated(@Valid Order order) {
        return order;
    }

    @GET
    @Path("/supervisors-only")
    @RolesAllowed("supervisor")
    public String supervisorsOnly() {
        return "ok";
    }

    @GET
    @Path("/stale")
    @RolesAllowed("citizen")
    public String stale() {
        // As Hibernate reports it when a version check fails at commit.
        throw new IllegalStateException("commit failed", new OptimisticLockException("Row was updated"));
    }

    @GET
    @Path("/broken")
    @RolesAllowed("citizen")
    public String broken() {
        throw new IllegalStateException("SQL [select * from application where number = '350205-20260105-000042']");
    }
}
