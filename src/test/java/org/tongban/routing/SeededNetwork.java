package org.tongban.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.PointType;
import org.tongban.delegation.DelegationView;
import org.tongban.network.DistrictView;
import org.tongban.network.GeoPoint;
import org.tongban.network.ServicePointView;

/**
 * seeds/network.yaml and seeds/delegations.yaml as the router sees them (register entries numbered
 * in file order), and the routing facts of a few seeded items.
 */
final class SeededNetwork {

    record NetworkFile(List<DistrictView> districts, List<ServicePointView> servicePoints) {}

    /** The test clock's first day: a Monday in March 2026. */
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    static final NetworkFile FILE = read("seeds/network.yaml", NetworkFile.class);
    static final List<RoutingPoint> POINTS =
            FILE.servicePoints().stream().map(RoutingPoint::of).toList();
    static final RoutingNetwork NETWORK = RoutingNetwork.of(POINTS);
    static final List<DelegationView> REGISTER = numbered(read("seeds/delegations.yaml", DelegationView[].class));

    static final Set<PointType> GJJ_TYPES =
            Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE, PointType.DEPARTMENT_OFFICE);
    static final RoutingRequest.Item RENT =
            new RoutingRequest.Item("gjj-withdraw-rent", "housing-fund", ItemScope.CITYWIDE, GJJ_TYPES);
    static final RoutingRequest.Item BUILD =
            new RoutingRequest.Item("gjj-withdraw-build", "housing-fund", ItemScope.CITYWIDE, GJJ_TYPES);
    static final RoutingRequest.Item PLANT_REBUILD = new RoutingRequest.Item(
            "plan-industrial-plant-rebuild",
            "construction-approval",
            ItemScope.DISTRICT,
            Set.of(PointType.DISTRICT_CENTRE));
    static final RoutingRequest.Item HOUSE_TRANSFER = new RoutingRequest.Item(
            "notary-second-hand-house-transfer",
            "real-estate",
            ItemScope.CITYWIDE,
            Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE));

    private SeededNetwork() {}

    static GeoPoint centroid(String district) {
        return FILE.districts().stream()
                .filter(d -> d.code().equals(district))
                .findFirst()
                .map(DistrictView::centroid)
                .orElse(null);
    }

    /** A resident of a district, positioned at its centroid, on {@link #DAY}. */
    static RoutingRequest resident(RoutingRequest.Item item, String district) {
        return resident(item, district, DAY);
    }

    static RoutingRequest resident(RoutingRequest.Item item, String district, LocalDate day) {
        return new RoutingRequest(item, day, centroid(district), district, centroid(district), null, null);
    }

    /** The entry with another last day in force. */
    static DelegationView endingOn(DelegationView d, LocalDate validTo) {
        return copy(d, d.id(), validTo);
    }

    /** The entry of the seeded register for an item and district that is still open-ended. */
    static DelegationView entry(String item, String district) {
        return REGISTER.stream()
                .filter(d -> d.item().equals(item) && d.district().equals(district) && d.validTo() == null)
                .findFirst()
                .orElseThrow();
    }

    private static List<DelegationView> numbered(DelegationView[] entries) {
        return IntStream.range(0, entries.length)
                .mapToObj(i -> copy(entries[i], i + 1L, entries[i].validTo()))
                .toList();
    }

    private static DelegationView copy(DelegationView d, Long id, LocalDate validTo) {
        return new DelegationView(
                id,
                d.item(),
                d.district(),
                d.holder(),
                d.level(),
                d.powerSource(),
                d.delegatedFrom(),
                d.legalBasis(),
                d.validFrom(),
                validTo,
                d.receivedAt(),
                d.handledBy());
    }

    private static <T> T read(String file, Class<T> type) {
        try {
            return YAML.readValue(Path.of(file).toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
