package org.tongban.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tongban.network.GeoPoint;

/**
 * Where an application is handled, and why: every point considered with its distance and
 * backlog, whether it was eligible (and if not, why not), and the rule that decided.
 *
 * @param origin where distances were measured from, and what that position is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingDecision(
        String handlingPoint,
        String handlingWindow,
        String handlingDistrict,
        String receivingPoint,
        boolean forwarded,
        RoutingRule rule,
        Origin origin,
        List<Candidate> candidates,
        String explanation) {

    public record Origin(GeoPoint location, String source) {}

    /** A point the router looked at. {@code excludedBecause} is null for eligible points. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(String point, String district, Double distanceKm, Long backlog, String excludedBecause) {}
}
