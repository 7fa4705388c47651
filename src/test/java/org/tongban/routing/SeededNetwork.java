package org.tongban.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tongban.catalog.ItemScope;
import org.tongban.network.DistrictView;
import org.tongban.network.GeoPoint;
import org.tongban.network.PointType;
import org.tongban.network.ServicePointView;

/** seeds/network.yaml as the router sees it, and the routing facts of a few seeded items. */
final class SeededNetwork {

    record NetworkFile(List<DistrictView> districts, List<ServicePointView> servicePoints) {}

    static final NetworkFile FILE = read();
    static final List<RoutingPoint> POINTS =
            FILE.servicePoints().stream().map(RoutingPoint::of).toList();

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
            Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE, PointType.NOTARY));

    private SeededNetwork() {}

    static GeoPoint centroid(String district) {
        return FILE.districts().stream()
                .filter(d -> d.code().equals(district))
                .findFirst()
                .map(DistrictView::centroid)
                .orElse(null);
    }

    /** A resident of a district, positioned at its centroid. */
    static RoutingRequest resident(RoutingRequest.Item item, String district) {
        return new RoutingRequest(item, centroid(district), district, centroid(district), null, null);
    }

    private static NetworkFile read() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readValue(Path.of("seeds/network.yaml").toFile(), NetworkFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
