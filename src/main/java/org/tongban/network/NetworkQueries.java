package org.tongban.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.tongban.common.ProblemException;

/** Reading the service network: districts, service points and their windows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkQueries {

    /** A point filter: the item it must accept, and the category that item belongs to. */
    public record ItemFilter(String itemCode, String category) {}

    public List<DistrictView> districts() {
        return District.<District>listAll().stream()
                .sorted(Comparator.comparing(d -> d.code))
                .map(DistrictView::of)
                .toList();
    }

    public ServicePointView servicePoint(String code) {
        ServicePoint point = ServicePoint.findById(code);
        if (point == null) {
            throw ProblemException.notFound("Service point " + code);
        }
        return ServicePointView.of(point, null);
    }

    /** Whether an open window of the point accepts the item (by code, or by its category). */
    public boolean accepts(String pointCode, String itemCode, String category) {
        ServicePoint point = ServicePoint.findById(pointCode);
        if (point == null) {
            throw ProblemException.notFound("Service point " + pointCode);
        }
        return point.windows.stream().anyMatch(w -> w.open && w.accepts(itemCode, category));
    }

    /**
     * Points, nearest first when a position is given (else by code). With an item, only points with
     * an open window that accepts it.
     */
    public List<ServicePointView> servicePoints(
            ItemFilter item, GeoPoint from, String district, PointType type, int limit) {
        Predicate<ServicePoint> wanted = p -> (district == null || district.equals(p.districtCode))
                && (type == null || type == p.pointType)
                && (item == null
                        || p.windows.stream().anyMatch(w -> w.open && w.accepts(item.itemCode(), item.category())));
        Comparator<ServicePoint> order = from == null
                ? Comparator.comparing(p -> p.code)
                : Comparator.comparingDouble((ServicePoint p) -> from.distanceKm(p.location()))
                        .thenComparing(p -> p.code);
        return allPoints().stream()
                .filter(wanted)
                .sorted(order)
                .limit(limit)
                .map(p -> ServicePointView.of(p, from == null ? null : from.distanceKm(p.location())))
                .toList();
    }

    /** Every point with its windows, as views (routing reads the whole network on each decision). */
    public List<ServicePointView> allPointViews() {
        return allPoints().stream().map(p -> ServicePointView.of(p, null)).toList();
    }

    public java.util.Optional<GeoPoint> centroid(String district) {
        District found = District.findById(district);
        return found == null || found.centroidLat == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(DistrictView.of(found).centroid());
    }

    public boolean districtExists(String code) {
        return District.findById(code) != null;
    }

    /** The whole network with windows; small (hundreds of points), read in a few batched queries. */
    static List<ServicePoint> allPoints() {
        return ServicePoint.<ServicePoint>find("SELECT DISTINCT p FROM ServicePoint p LEFT JOIN FETCH p.windows")
                .list();
    }
}
