package org.tongban.network;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.ItemHeader;
import org.tongban.catalog.ItemView;
import org.tongban.catalog.PointType;
import org.tongban.common.FieldError;
import org.tongban.common.HttpCaching;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

@Path("/api/v1")
@Tag(name = "Service network")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NetworkResource {

    @Inject
    NetworkQueries queries;

    @Inject
    CatalogQueries catalog;

    @Inject
    HttpCaching caching;

    @Inject
    Clock clock;

    @GET
    @Path("/districts")
    @Operation(
            summary = "Districts and other receivers of delegated powers",
            description = "The city (350200), its six districts and the \"+2+8\" zones.")
    @APIResponse(
            responseCode = "200",
            description = "All of them",
            content = @Content(schema = @Schema(implementation = DistrictView[].class)))
    public Response districts(@Context Request request) {
        return caching.cacheable(request, queries.districts());
    }

    @GET
    @Path("/service-points")
    @Operation(
            summary = "Service points, nearest first",
            description =
                    "With lat and lon, sorted by great-circle distance (distanceKm). With item, only points with an"
                            + " open window that accepts the item. Seeded positions are approximate.")
    @APIResponse(
            responseCode = "200",
            description = "Matching points",
            content = @Content(schema = @Schema(implementation = ServicePointView[].class)))
    public Response servicePoints(
            @Context Request request,
            @QueryParam("item") @Size(max = 80) String item,
            @QueryParam("lat") @DecimalMin("-90") @DecimalMax("90") Double lat,
            @QueryParam("lon") @DecimalMin("-180") @DecimalMax("180") Double lon,
            @QueryParam("district") @Size(max = 20) String district,
            @QueryParam("type") PointType type,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        if ((lat == null) != (lon == null)) {
            throw ProblemException.badRequest(
                    Message.of("network.both-lat-lon"),
                    List.of(new FieldError(lat == null ? "lat" : "lon", "required", "network.lat-lon-together")));
        }
        NetworkQueries.ItemFilter filter = null;
        if (item != null) {
            ItemHeader header = catalog.header(item);
            filter = new NetworkQueries.ItemFilter(header.code(), header.category());
        }
        GeoPoint from = lat == null ? null : new GeoPoint(lat, lon, false);
        return caching.cacheable(request, queries.servicePoints(filter, from, district, type, limit));
    }

    @GET
    @Path("/service-points/{code}/items/{item}")
    @Operation(
            summary = "An item as offered at a service point",
            description = "The standard an open window of this point applies to the item: by design the same, byte for"
                    + " byte, at every window of the city (无差别受理、同标准办理). 404 when no open window here accepts it.")
    @APIResponse(
            responseCode = "200",
            description = "The item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response itemAtPoint(
            @Context Request request,
            @PathParam("code") String code,
            @PathParam("item") String item,
            @QueryParam("at") LocalDate at) {
        ItemHeader header = catalog.header(item);
        if (!queries.accepts(code, header.code(), header.category())) {
            throw ProblemException.notFound("not-found.open-window", item, code);
        }
        return caching.cacheable(request, catalog.inForce(item, at == null ? LocalDate.now(clock) : at));
    }

    @GET
    @Path("/service-points/{code}")
    @Operation(summary = "One service point with its windows and opening hours")
    @APIResponse(
            responseCode = "200",
            description = "The point",
            content = @Content(schema = @Schema(implementation = ServicePointView.class)))
    public Response servicePoint(@Context Request request, @PathParam("code") String code) {
        return caching.cacheable(request, queries.servicePoint(code));
    }
}
