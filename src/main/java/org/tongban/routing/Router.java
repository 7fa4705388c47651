package org.tongban.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.catalog.ItemScope;
import org.tongban.common.Divisions;
import org.tongban.delegation.DelegationView;

/**
 * Chooses the point and window that will handle an application ("accept anywhere, handle nearby"):
 *
 * <ol>
 *   <li>eligible on the day: a window accepts the item, the point's type may handle it, a
 *       delegation in force that day has its holder handle the item at this point (for an item
 *       handled only by the competent district's holder: the entry for that district, or else the
 *       city's), and a window for it is open;
 *   <li>the receiving point when it is eligible (the citizen is there), else the preferred point when
 *       eligible, else the nearest by great-circle distance, equally near points by smaller backlog;
 *   <li>load overflow: when that point's open backlog for the item is above the threshold and an
 *       eligible point at most {@code overflowExtraKm} further has clearly less, that one.
 * </ol>
 *
 * Distances are measured from the applicant's position, else from the point that received the
 * application, else from the competent district's centre; never from where an ID number was issued.
 * Pure: the caller supplies the network, the backlogs and the item's delegation register.
 */
public final class Router {

    /** @see RoutingConfig */
    public record Settings(
            long overflowThreshold, double overflowExtraKm, double overflowBacklogRatio, double tieToleranceKm) {}

    /** @param distanceKm NaN when there is no origin to measure from */
    private record Scored(
            RoutingPoint point, double distanceKm, long backlog, DelegationView delegation, String excludedBecause) {

        /** Would handle the item if a window were open: the right type, and delegated. */
        boolean inScope(RoutingRequest.Item item) {
            return delegation != null && item.handlingPointTypes().contains(point.type());
        }
    }

    private static final String CLOSED = "every window for this item is closed";

    private final Settings settings;

    public Router(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param register every entry of the delegation register for the item, whatever its dates: the
     *     router reads it as it stands on the request's day
     */
    public RoutingDecision route(
            RoutingRequest request, RoutingNetwork network, Map<String, Long> backlogs, List<DelegationView> register) {
        RoutingDecision.Origin origin = origin(request, network);
        Holders holders = holders(request, network, register);
        List<Scored> considered = considered(request, network, origin, backlogs, holders);
        List<Scored> eligible = new ArrayList<>();
        for (Scored s : considered) {
            if (s.excludedBecause() == null) {
                eligible.add(s);
            }
        }
        if (eligible.isEmpty()) {
            throw refusal(request, considered);
        }
        Choice choice = choose(request, origin, eligible);
        RoutingPoint point = choice.scored().point();
        DelegationView delegation = choice.scored().delegation();
        String window = point.windows().stream()
                .filter(w -> w.open() && w.accepts(request.item()))
                .map(RoutingPoint.Window::code)
                .sorted()
                .findFirst()
                .orElseThrow();
        boolean forwarded =
                request.receivingPoint() != null && !request.receivingPoint().equals(point.code());
        return new RoutingDecision(
                point.code(),
                window,
                point.district(),
                request.receivingPoint(),
                forwarded,
                choice.rule(),
                request.day(),
                delegation,
                delegation.holderArea(),
                request.competentDistrict(),
                origin,
                considered.stream().map(Router::candidate).toList(),
                choice.explanation() + "; " + underDelegation(delegation)
                        + (forwarded ? "; forwarded from " + request.receivingPoint() + " (收受分离)" : ""));
    }

    /**
     * The register entries in force on the day, by the index of the point that handles under them:
     * all of them (to say for which district a passed-over point holds the item), and those that
     * may place the case — all of them for a citywide item; for a district item, the competent
     * district's own, or else the city's. Each point then reads its own entries instead of
     * searching the register (1,000 points × hundreds of entries otherwise).
     */
    private record Holders(List<DelegationView>[] inForceAt, List<DelegationView>[] applicableAt) {

        static Holders of(RoutingNetwork network, List<DelegationView> inForce, List<DelegationView> applicable) {
            List<DelegationView>[] inForceAt = byHandlingPoint(network, inForce);
            return new Holders(inForceAt, applicable == inForce ? inForceAt : byHandlingPoint(network, applicable));
        }

        List<DelegationView> inForceAt(int point) {
            return orNone(inForceAt[point]);
        }

        List<DelegationView> applicableAt(int point) {
            return orNone(applicableAt[point]);
        }

        private static List<DelegationView> orNone(List<DelegationView> entries) {
            return entries == null ? List.of() : entries;
        }

        /** Entries handled at a point outside the network are left out: routing never considers it. */
        @SuppressWarnings("unchecked")
        private static List<DelegationView>[] byHandlingPoint(RoutingNetwork network, List<DelegationView> entries) {
            List<DelegationView>[] at = new List[network.size()];
            for (DelegationView d : entries) {
                int point = network.indexOf(d.handledBy());
                if (point >= 0) {
                    if (at[point] == null) {
                        at[point] = new ArrayList<>(1);
                    }
                    at[point].add(d);
                }
            }
            return at;
        }
    }

    private static Holders holders(RoutingRequest request, RoutingNetwork network, List<DelegationView> register) {
        List<DelegationView> inForce = new ArrayList<>();
        for (DelegationView d : register) {
            if (d.item().equals(request.item().code()) && d.inForceOn(request.day())) {
                inForce.add(d);
            }
        }
        if (request.item().scope() == ItemScope.CITYWIDE) {
            return Holders.of(network, inForce, inForce);
        }
        String competent = request.competentDistrict();
        if (competent == null) {
            throw new NoEligibleWindowException(
                    "competent-district-required", request.item().code());
        }
        List<DelegationView> own =
                inForce.stream().filter(d -> d.district().equals(competent)).toList();
        List<DelegationView> applicable = own.isEmpty()
                ? inForce.stream()
                        .filter(d -> d.district().equals(Divisions.CITY))
                        .toList()
                : own;
        if (applicable.isEmpty()) {
            throw new NoEligibleWindowException("not-delegated", request.item().code(), competent, request.day());
        }
        return Holders.of(network, inForce, applicable);
    }

    private record Choice(Scored scored, RoutingRule rule, String explanation) {}

    private Choice choose(RoutingRequest request, RoutingDecision.Origin origin, List<Scored> eligible) {
        Optional<Scored> receiving = find(eligible, request.receivingPoint());
        if (receiving.isPresent()) {
            return new Choice(
                    receiving.get(),
                    RoutingRule.RECEIVING_POINT,
                    "received at " + request.receivingPoint() + ", which handles this item");
        }
        Optional<Scored> preferred = find(eligible, request.preferredPoint());
        if (preferred.isPresent()) {
            return new Choice(
                    preferred.get(),
                    RoutingRule.PREFERRED_POINT,
                    "the applicant's preferred point " + request.preferredPoint() + " handles this item");
        }
        if (eligible.size() == 1) {
            return new Choice(
                    eligible.get(0),
                    RoutingRule.ONLY_ELIGIBLE,
                    eligible.get(0).point().code() + " is the only eligible point");
        }
        if (origin == null) {
            throw new NoEligibleWindowException("no-location");
        }
        Scored nearest = eligible.get(0);
        List<Scored> equallyNear = eligible.stream()
                .filter(s -> s.distanceKm() - nearest.distanceKm() < settings.tieToleranceKm())
                .toList();
        Scored chosen = equallyNear.stream()
                .min(Comparator.comparingLong(Scored::backlog).thenComparing(Scored::distanceKm))
                .orElseThrow();
        RoutingRule rule = equallyNear.size() > 1 ? RoutingRule.NEAREST_THEN_BACKLOG : RoutingRule.NEAREST;
        String why = equallyNear.size() > 1
                ? String.format(
                        "%d points are about equally near (within %.1f km); %s has the smallest backlog (%d)",
                        equallyNear.size(),
                        settings.tieToleranceKm(),
                        chosen.point().code(),
                        chosen.backlog())
                : String.format(
                        "%s is the nearest eligible point (%.2f km)",
                        chosen.point().code(), chosen.distanceKm());
        if (chosen.backlog() > settings.overflowThreshold()) {
            Optional<Scored> relief = eligible.stream()
                    .filter(s -> s != chosen)
                    .filter(s -> s.distanceKm() <= chosen.distanceKm() + settings.overflowExtraKm())
                    .filter(s -> s.backlog() <= settings.overflowBacklogRatio() * chosen.backlog())
                    .min(Comparator.comparingLong(Scored::backlog).thenComparing(Scored::distanceKm));
            if (relief.isPresent()) {
                Scored other = relief.get();
                return new Choice(
                        other,
                        RoutingRule.LOAD_OVERFLOW,
                        String.format(
                                "%s is nearest (%.2f km) but has %d open cases for this item, above the threshold of %d;"
                                        + " %s is %.2f km away with %d",
                                chosen.point().code(),
                                chosen.distanceKm(),
                                chosen.backlog(),
                                settings.overflowThreshold(),
                                other.point().code(),
                                other.distanceKm(),
                                other.backlog()));
            }
        }
        return new Choice(chosen, rule, why);
    }

    private static Optional<Scored> find(List<Scored> eligible, String code) {
        return code == null
                ? Optional.empty()
                : eligible.stream().filter(s -> s.point().code().equals(code)).findFirst();
    }

    /** The applicant's position, else the receiving point's, else the competent district's centre. */
    private static RoutingDecision.Origin origin(RoutingRequest request, RoutingNetwork network) {
        if (request.applicantLocation() != null) {
            return new RoutingDecision.Origin(request.applicantLocation(), RoutingDecision.Origin.APPLICANT_POSITION);
        }
        int receiving = network.indexOf(request.receivingPoint());
        if (receiving >= 0) {
            RoutingPoint p = network.point(receiving);
            return new RoutingDecision.Origin(p.location(), "the receiving point " + p.code());
        }
        if (request.competentDistrictCentroid() != null) {
            return new RoutingDecision.Origin(
                    request.competentDistrictCentroid(), "the centre of district " + request.competentDistrict());
        }
        return null;
    }

    /**
     * The points with a window accepting the item (from the network's index, not a search of every
     * point), and the preferred point, nearest first (then by code).
     */
    private static List<Scored> considered(
            RoutingRequest request,
            RoutingNetwork network,
            RoutingDecision.Origin origin,
            Map<String, Long> backlogs,
            Holders holders) {
        RoutingNetwork.Origin from = origin == null ? null : RoutingNetwork.Origin.of(origin.location());
        boolean[] accepting = network.accepting(request.item());
        int preferred = network.indexOf(request.preferredPoint());
        List<Scored> considered = new ArrayList<>();
        for (int i = 0; i < accepting.length; i++) {
            if (accepting[i] || i == preferred) {
                RoutingPoint point = network.point(i);
                double distance = from == null ? Double.NaN : network.distanceKm(from, i);
                considered.add(score(i, point, accepting[i], distance, request, backlogs, holders));
            }
        }
        considered.sort(NEAREST_FIRST);
        return considered;
    }

    private static final Comparator<Scored> NEAREST_FIRST = (a, b) -> {
        int byDistance = Double.compare(a.distanceKm(), b.distanceKm());
        return byDistance != 0
                ? byDistance
                : a.point().code().compareTo(b.point().code());
    };

    private static Scored score(
            int index,
            RoutingPoint point,
            boolean accepts,
            double distance,
            RoutingRequest request,
            Map<String, Long> backlogs,
            Holders holders) {
        long backlog = backlogs.getOrDefault(point.code(), 0L);
        DelegationView delegation = delegationAt(point, holders.applicableAt(index));
        return new Scored(
                point,
                distance,
                backlog,
                delegation,
                exclusion(point, accepts, request, delegation, holders.inForceAt(index)));
    }

    /**
     * The entry the point handles the item under: its own district's first, then the city's.
     * Null when it handles the item under none.
     *
     * @param applicable the applicable entries handled at this point
     */
    private static DelegationView delegationAt(RoutingPoint point, List<DelegationView> applicable) {
        if (applicable.size() <= 1) {
            // The usual case, for every considered point: no stream built for it.
            return applicable.isEmpty() ? null : applicable.get(0);
        }
        return applicable.stream()
                .min(Comparator.comparing((DelegationView d) -> !d.district().equals(point.district()))
                        .thenComparing(d -> !d.district().equals(Divisions.CITY))
                        .thenComparing(DelegationView::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElseThrow();
    }

    private static String exclusion(
            RoutingPoint point,
            boolean accepts,
            RoutingRequest request,
            DelegationView delegation,
            List<DelegationView> inForceHere) {
        RoutingRequest.Item item = request.item();
        if (!accepts) {
            return "no window here accepts this item";
        }
        if (!item.handlingPointTypes().contains(point.type())) {
            return "a " + point.type() + " may receive but not handle this item";
        }
        if (delegation == null) {
            return inForceHere.isEmpty()
                    ? "not delegated on " + request.day()
                    : "handles it for " + districtsOf(inForceHere) + ", not for the competent district "
                            + request.competentDistrict();
        }
        for (RoutingPoint.Window w : point.windows()) {
            if (w.open() && w.accepts(item)) {
                return null;
            }
        }
        return CLOSED;
    }

    /** The districts the entries hold the item for, in order: for most points one, with no stream built. */
    private static String districtsOf(List<DelegationView> entries) {
        if (entries.size() == 1) {
            return entries.get(0).district();
        }
        return entries.stream()
                .map(DelegationView::district)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String underDelegation(DelegationView d) {
        return "under delegation #" + d.id() + ": " + d.holder().zh() + " ("
                + d.holder().en() + ") holds it for "
                + d.district() + " since " + d.validFrom() + ", power source " + d.powerSource() + ", basis: "
                + d.legalBasis().zh();
    }

    private static NoEligibleWindowException refusal(RoutingRequest request, List<Scored> considered) {
        RoutingRequest.Item item = request.item();
        if (considered.isEmpty()) {
            return new NoEligibleWindowException("item-not-offered", item.code());
        }
        List<Scored> inScope = considered.stream().filter(s -> s.inScope(item)).toList();
        if (!inScope.isEmpty() && inScope.stream().allMatch(s -> CLOSED.equals(s.excludedBecause()))) {
            return new NoEligibleWindowException("all-windows-closed", item.code());
        }
        List<String> reasons = new ArrayList<>();
        considered.forEach(s -> reasons.add(s.point().code() + ": " + s.excludedBecause()));
        // The reasons are the routing explanation's (as GET .../routing shows them), quoted as they are.
        return new NoEligibleWindowException(
                "no-eligible-window", item.code(), request.day(), String.join("; ", reasons));
    }

    private static RoutingDecision.Candidate candidate(Scored s) {
        Double distance = Double.isNaN(s.distanceKm()) ? null : Math.round(s.distanceKm() * 100) / 100.0;
        Long delegation = s.excludedBecause() == null ? s.delegation().id() : null;
        return new RoutingDecision.Candidate(
                s.point().code(), s.point().district(), distance, s.backlog(), delegation, s.excludedBecause());
    }
}
