package org.tongban.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.tongban.delegation.DelegationView;
import org.tongban.network.GeoPoint;

/**
 * Where an application is handled, and why: every point considered with its distance and
 * backlog, whether it was eligible (and if not, why not), the rule that decided, and the entry of
 * the delegation register under which the chosen point handles the item on that day.
 *
 * @param day the day the register was read for
 * @param holderDistrict the area whose body holds the item under that entry (a district, a zone,
 *     or 350200 for the city): its department reviewers decide the case
 * @param competentDistrict the district the item's standard made competent, when known
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
        LocalDate day,
        DelegationView delegation,
        String holderDistrict,
        String competentDistrict,
        Origin origin,
        List<Candidate> candidates,
        String explanation) {

    public record Origin(GeoPoint location, String source) {}

    /**
     * A point the router looked at. {@code excludedBecause} is null for eligible points, which
     * name the register entry they would handle it under.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(
            String point, String district, Double distanceKm, Long backlog, Long delegation, String excludedBecause) {}
}
