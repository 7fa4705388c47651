package org.tongban.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.audit.Actor;
import org.tongban.common.Page;
import org.tongban.identity.Callers;
import org.tongban.identity.Role;

@Path("/api/v1/admin/webhooks")
@Tag(name = "Events for other systems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CATALOG_ADMIN)
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe a system to application events",
            description = "Each matching event is POSTed at least once, with X-Tongban-Event-Id (to de-duplicate) and"
                    + " X-Tongban-Signature: sha256=<HMAC-SHA256 of the body with the secret>. Failures are retried"
                    + " with exponential backoff and dead-lettered after the configured number of attempts. The URL"
                    + " must be https, without credentials, and every address its host resolves to must be public"
                    + " or in the city's configured internal networks (checked now and before every delivery);"
                    + " redirects are never followed.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response subscribe(@NotNull @Valid SubscriptionRequest request) {
        SubscriptionView view = webhooks.subscribe(actor(), request);
        return Response.created(URI.create("/api/v1/admin/webhooks/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @Operation(summary = "Webhook subscriptions", description = "Secrets are never shown.")
    public List<SubscriptionView> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a subscription", description = "It is kept, inactive, with its delivery history.")
    public SubscriptionView deactivate(@PathParam("id") long id) {
        return webhooks.deactivate(actor(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "A subscription's deliveries",
            description = "Newest first, with attempts and the last error as a category (timeout, refused, tls,"
                    + " status 503, private-address …); DEAD ones need a redelivery."
                    + " Keyset-paginated.")
    public Page<DeliveryView> deliveries(
            @PathParam("id") long id,
            @QueryParam("status") Delivery.Status status,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") Long cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return webhooks.deliveries(id, status, cursor, limit);
    }

    @POST
    @Path("/deliveries/{id}/redeliver")
    @Operation(
            summary = "Send a delivery again",
            description = "Due at once, attempts counted afresh. Not for a stopped subscription (409).")
    @APIResponse(responseCode = "202", description = "Due again")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response redeliver(@PathParam("id") long id) {
        webhooks.redeliver(actor(), id);
        return Response.accepted().build();
    }

    private Actor actor() {
        return Actor.of(callers.current(), Role.CATALOG_ADMIN);
    }
}
