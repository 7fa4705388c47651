package org.tongban.routing;

import java.util.List;
import org.tongban.catalog.PointType;
import org.tongban.network.GeoPoint;
import org.tongban.network.ServicePointView;

/** A service point as the router sees it: where it is, what kind, and its windows. */
public record RoutingPoint(String code, PointType type, String district, GeoPoint location, List<Window> windows) {

    public static RoutingPoint of(ServicePointView point) {
        return new RoutingPoint(
                point.code(),
                point.type(),
                point.district(),
                point.location(),
                point.windows().stream()
                        .map(w -> new Window(w.code(), w.open(), w.items(), w.categories()))
                        .toList());
    }

    /** A window: whether it is open and which items (or whole categories) it accepts. */
    public record Window(String code, boolean open, java.util.Set<String> items, java.util.Set<String> categories) {

        boolean accepts(RoutingRequest.Item item) {
            return items.contains(item.code()) || categories.contains(item.category());
        }
    }
}
