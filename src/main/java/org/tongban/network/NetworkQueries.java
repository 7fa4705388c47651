package org.tongban.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.tongban.catalog.PointType;
import org.tongban.common.ProblemException;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceSnapshot;
import org.tongban.reference.ReferenceVersions;

/**
 * Reading the service network: districts, service points and their windows, from the in-memory
 * snapshot (see {@link ReferenceVersions}); never as managed entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkQueries {

    /** A point filter: the item it must accept, and the category that item belongs to. */
    public record ItemFilter(String itemCode, String category) {}

    @Inject
    ReferenceVersions versions;

    private ReferenceSnapshot<NetworkSnapshot> snapshot;

    @PostConstruct
    void init() {
        snapshot = versions.snapshot(ReferenceKind.NETWORK, NetworkQueries::read);
    }

    /** The whole network as committed. */
    public NetworkSnapshot snapshot() {
        return snapshot.get();
    }

    public List<DistrictView> districts() {
        return snapshot().districts().values().stream()
                .sorted(Comparator.comparing(DistrictView::code))
                .toList();
    }

    public ServicePointView servicePoint(String code) {
        return point(code).orElseThrow(() -> ProblemException.notFound("not-found.service-point", code));
    }

    public Optional<ServicePointView> point(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().byCode().get(code));
    }

    /** Whether an open window of the point accepts the item (by code, or by its category). */
    public boolean accepts(String pointCode, String itemCode, String category) {
        return servicePoint(pointCode).windows().stream().anyMatch(w -> w.open() && w.accepts(itemCode, category));
    }

    /**
     * Points, nearest first when a position is given (else by code). With an item, only points with
     * an open window that accepts it.
     */
    public List<ServicePointView> servicePoints(
            ItemFilter item, GeoPoint from, String district, PointType type, int limit) {
        Predicate<ServicePointView> wanted = p -> (district == null || district.equals(p.district()))
                && (type == null || type == p.type())
                && (item == null
                        || p.windows().stream().anyMatch(w -> w.open() && w.accepts(item.itemCode(), item.category())));
        Comparator<ServicePointView> order = from == null
                ? Comparator.comparing(ServicePointView::code)
                : Comparator.comparingDouble((ServicePointView p) -> from.distanceKm(p.location()))
                        .thenComparing(ServicePointView::code);
        return snapshot().points().stream()
                .filter(wanted)
                .sorted(order)
                .limit(limit)
                .map(p -> from == null ? p : p.at(from.distanceKm(p.location())))
                .toList();
    }

    /** Every point with its windows, in code order. */
    public List<ServicePointView> allPointViews() {
        return snapshot().points();
    }

    public Optional<GeoPoint> centroid(String district) {
        return Optional.ofNullable(snapshot().districts().get(district)).map(DistrictView::centroid);
    }

    public boolean districtExists(String code) {
        return snapshot().districts().containsKey(code);
    }

    /** The whole network, read-only: small (hundreds of points), read in a few batched queries. */
    private static NetworkSnapshot read(Session session) {
        List<DistrictView> districts = session.createQuery("FROM District", District.class).list().stream()
                .map(DistrictView::of)
                .toList();
        List<ServicePointView> points = session
                .createQuery("SELECT DISTINCT p FROM ServicePoint p LEFT JOIN FETCH p.windows", ServicePoint.class)
                .list()
                .stream()
                .map(p -> ServicePointView.of(p, null))
                .toList();
        return NetworkSnapshot.of(districts, points);
    }
}
