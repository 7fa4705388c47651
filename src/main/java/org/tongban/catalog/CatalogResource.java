package org.tongban.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.HttpCaching;

/** The public catalogue: anyone, with or without a token, reads the one standard of each item. */
@Path("/api/v1/items")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogResource {

    @Inject
    CatalogQueries queries;

    @Inject
    HttpCaching caching;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "Search service items",
            description = "Items with a version in force on the given date (default today), by text, department,"
                    + " channel, district (an open window there accepts it) and item type; keyset-paginated by code."
                    + " Cacheable: ETag, Cache-Control, 304.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ItemPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response search(
            @Context Request request,
            @Parameter(description = "Text in the Chinese or English name, or the code")
                    @QueryParam("q")
                    @Size(max = 100)
                    String text,
            @QueryParam("department") @Size(max = 60) String department,
            @QueryParam("channel") Channel channel,
            @QueryParam("district") @Pattern(regexp = "\\d{6}|[a-z-]{2,20}") String district,
            @Parameter(description = "GB/T 39046 A.1 item type") @QueryParam("type") @Pattern(regexp = "\\d{2}")
                    String itemType,
            @QueryParam("at") LocalDate at,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 200)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        var search = new ItemSearch(
                blankToNull(text),
                department,
                channel,
                district,
                itemType,
                at == null ? LocalDate.now(clock) : at,
                cursor,
                limit);
        return caching.cacheable(request, queries.search(search));
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "One item with the version in force",
            description = "The whole standard — limits, conditions, form schema, materials, flow, channels — and an"
                    + " example application that satisfies it. ?at=YYYY-MM-DD reads the version in force on that day.")
    @APIResponse(
            responseCode = "200",
            description = "The item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response item(@Context Request request, @PathParam("code") String code, @QueryParam("at") LocalDate at) {
        return caching.cacheable(request, queries.inForceBody(code, at == null ? LocalDate.now(clock) : at));
    }

    @GET
    @Path("/{code}/versions")
    @Operation(summary = "Published versions of an item", description = "Oldest first, with their validity.")
    public List<VersionSummary> versions(@PathParam("code") String code) {
        return queries.versions(code, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** For the OpenAPI contract: the shape of a page of items. */
    @Schema(name = "ItemPage")
    public record ItemPage(List<ItemSummary> items, String nextCursor) {}
}
