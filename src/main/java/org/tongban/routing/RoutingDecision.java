package org.tongban.routing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
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

    public record Origin(GeoPoint location, String source) {

        public static final String APPLICANT_POSITION = "the applicant's position";

        /** Whether this is where the applicant was: personal, unlike a service point or a district centre. */
        @JsonIgnore
        public boolean isApplicants() {
            return APPLICANT_POSITION.equals(source);
        }
    }

    /** Decimals of a degree kept for staff: 0.01° is about 1.1 km north-south, 1 km east-west here. */
    private static final int COARSE_DECIMALS = 2;

    private static final Pattern KILOMETRES = Pattern.compile("(\\d+\\.\\d+) km");

    /**
     * The decision as staff see it when distances were measured from the applicant's own position:
     * the position rounded to about a kilometre, and every distance to whole kilometres, since
     * exact distances to several known points would give the position back (trilateration).
     * Unchanged when the origin is a service point or a district centre.
     */
    public RoutingDecision withCoarseOrigin() {
        if (origin == null || !origin.isApplicants()) {
            return this;
        }
        GeoPoint exact = origin.location();
        GeoPoint coarse = new GeoPoint(coarse(exact.lat()), coarse(exact.lon()), true);
        return new RoutingDecision(
                handlingPoint,
                handlingWindow,
                handlingDistrict,
                receivingPoint,
                forwarded,
                rule,
                day,
                delegation,
                holderDistrict,
                competentDistrict,
                new Origin(coarse, origin.source()),
                candidates == null
                        ? null
                        : candidates.stream()
                                .map(c -> new Candidate(
                                        c.point(),
                                        c.district(),
                                        c.distanceKm() == null ? null : (double) Math.round(c.distanceKm()),
                                        c.backlog(),
                                        c.delegation(),
                                        c.excludedBecause()))
                                .toList(),
                coarseExplanation(explanation));
    }

    /** The explanation's distances ("1.27 km") to whole kilometres, as in the candidates. */
    public static String coarseExplanation(String explanation) {
        return explanation == null
                ? null
                : KILOMETRES.matcher(explanation).replaceAll(m -> Math.round(Double.parseDouble(m.group(1))) + " km");
    }

    private static double coarse(double degrees) {
        return BigDecimal.valueOf(degrees)
                .setScale(COARSE_DECIMALS, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * A point the router looked at. {@code excludedBecause} is null for eligible points, which
     * name the register entry they would handle it under.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(
            String point, String district, Double distanceKm, Long backlog, Long delegation, String excludedBecause) {}
}
