package org.tongban.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalog.ItemScope;

/**
 * Chooses the point and window that will handle an application ("accept anywhere, handle nearby"):
 *
 * <ol>
 *   <li>eligible: an open window accepts the item, the point's type may handle it, and — for items
 *       handled only in the applicant's district — the point is in that district;
 *   <li>the receiving point when it is eligible (the citizen is there), else the preferred point when
 *       eligible, else the nearest by great-circle distance, equally near points by smaller backlog;
 *   <li>load overflow: when that point's open backlog for the item is above the threshold and an
 *       eligible point at most {@code overflowExtraKm} further has clearly less, that one.
 * </ol>
 *
 * Pure: the caller supplies the network and the backlogs.
 */
public final class Router {

    /** @see RoutingConfig */
    public record Settings(
            long overflowThreshold, double overflowExtraKm, double overflowBacklogRatio, double tieToleranceKm) {}

    private record Scored(RoutingPoint point, Double distanceKm, long backlog, String excludedBecause) {}

    private static final String CLOSED = "every window for this item is closed";

    private final Settings settings;

    public Router(Settings settings) {
        this.settings = settings;
    }

    public RoutingDecision route(RoutingRequest request, List<RoutingPoint> network, Map<String, Long> backlogs) {
        RoutingDecision.Origin origin = origin(request, network);
        List<Scored> considered = network.stream()
                .filter(p -> acceptsAtAll(p, request) || p.code().equals(request.preferredPoint()))
                .map(p -> score(p, request, origin, backlogs))
                .sorted(Comparator.comparing(Scored::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.point().code()))
                .toList();
        List<Scored> eligible =
                considered.stream().filter(s -> s.excludedBecause() == null).toList();
        if (eligible.isEmpty()) {
            throw refusal(request, considered);
        }
        Choice choice = choose(request, origin, eligible);
        RoutingPoint point = choice.scored().point();
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
                origin,
                considered.stream().map(Router::candidate).toList(),
                choice.explanation() + (forwarded ? "; forwarded from " + request.receivingPoint() + " (收受分离)" : ""));
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
        if (origin == null) {
            throw new NoEligibleWindowException(
                    "no-location",
                    "There is no position to find the nearest window from: give coordinates, a district or a preferred service point");
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

    private static RoutingDecision.Origin origin(RoutingRequest request, List<RoutingPoint> network) {
        if (request.applicantLocation() != null) {
            return new RoutingDecision.Origin(request.applicantLocation(), "the applicant's position");
        }
        if (request.districtCentroid() != null) {
            return new RoutingDecision.Origin(
                    request.districtCentroid(), "the centre of district " + request.applicantDistrict());
        }
        return network.stream()
                .filter(p -> p.code().equals(request.receivingPoint()))
                .findFirst()
                .map(p -> new RoutingDecision.Origin(p.location(), "the receiving point " + p.code()))
                .orElse(null);
    }

    private static boolean acceptsAtAll(RoutingPoint point, RoutingRequest request) {
        return point.windows().stream().anyMatch(w -> w.accepts(request.item()));
    }

    private static Scored score(
            RoutingPoint point, RoutingRequest request, RoutingDecision.Origin origin, Map<String, Long> backlogs) {
        Double distance = origin == null ? null : origin.location().distanceKm(point.location());
        long backlog = backlogs.getOrDefault(point.code(), 0L);
        return new Scored(point, distance, backlog, exclusion(point, request));
    }

    private static String exclusion(RoutingPoint point, RoutingRequest request) {
        RoutingRequest.Item item = request.item();
        if (point.windows().stream().noneMatch(w -> w.accepts(item))) {
            return "no window here accepts this item";
        }
        if (point.windows().stream().noneMatch(w -> w.open() && w.accepts(item))) {
            return CLOSED;
        }
        if (!item.handlingPointTypes().contains(point.type())) {
            return "a " + point.type() + " may receive but not handle this item";
        }
        if (item.scope() == ItemScope.DISTRICT && !point.district().equals(request.applicantDistrict())) {
            return "outside the applicant's district, and this item is handled only there";
        }
        return null;
    }

    private static NoEligibleWindowException refusal(RoutingRequest request, List<Scored> considered) {
        RoutingRequest.Item item = request.item();
        if (considered.isEmpty()) {
            return new NoEligibleWindowException("item-not-offered", "No window in the city accepts " + item.code());
        }
        if (item.scope() == ItemScope.DISTRICT) {
            if (request.applicantDistrict() == null) {
                return new NoEligibleWindowException(
                        "district-required",
                        item.code() + " is handled only in the applicant's district: give your district");
            }
            boolean offeredInDistrict = considered.stream()
                    .anyMatch(s -> s.point().district().equals(request.applicantDistrict())
                            && item.handlingPointTypes().contains(s.point().type()));
            if (!offeredInDistrict) {
                return new NoEligibleWindowException(
                        "not-offered-in-district",
                        item.code() + " is not offered in district " + request.applicantDistrict());
            }
        }
        List<Scored> inScope = considered.stream()
                .filter(s -> item.handlingPointTypes().contains(s.point().type()))
                .filter(s -> item.scope() == ItemScope.CITYWIDE
                        || s.point().district().equals(request.applicantDistrict()))
                .toList();
        if (!inScope.isEmpty()
                && inScope.stream().allMatch(s -> s.excludedBecause().equals(CLOSED))) {
            return new NoEligibleWindowException(
                    "all-windows-closed", "All windows that handle " + item.code() + " are closed at the moment");
        }
        List<String> reasons = new ArrayList<>();
        considered.forEach(s -> reasons.add(s.point().code() + ": " + s.excludedBecause()));
        return new NoEligibleWindowException(
                "no-eligible-window",
                "No eligible window for " + item.code() + " (" + String.join("; ", reasons) + ")");
    }

    private static RoutingDecision.Candidate candidate(Scored s) {
        Double distance = s.distanceKm() == null ? null : Math.round(s.distanceKm() * 100) / 100.0;
        return new RoutingDecision.Candidate(
                s.point().code(), s.point().district(), distance, s.backlog(), s.excludedBecause());
    }
}
