package org.tongban.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.network.GeoPoint;

/**
 * The service points as the router reads them, indexed once per network snapshot so that a
 * decision touches only the points that accept the item: which points have a window accepting an
 * item (by its code, or by its category), each point's position with its latitude cosine, and
 * each point by its code. Immutable; {@link RoutingService} builds one per network snapshot.
 */
public final class RoutingNetwork {

    private static final int[] NONE = {};

    private final List<RoutingPoint> points;
    private final double[] lat;
    private final double[] lon;
    private final double[] cosLat;
    private final Map<String, Integer> byCode;
    private final Map<String, int[]> byItem;
    private final Map<String, int[]> byCategory;

    private RoutingNetwork(List<RoutingPoint> points) {
        this.points = List.copyOf(points);
        int size = this.points.size();
        lat = new double[size];
        lon = new double[size];
        cosLat = new double[size];
        byCode = new HashMap<>();
        Map<String, List<Integer>> items = new HashMap<>();
        Map<String, List<Integer>> categories = new HashMap<>();
        for (int i = 0; i < size; i++) {
            RoutingPoint point = this.points.get(i);
            lat[i] = point.location().lat();
            lon[i] = point.location().lon();
            cosLat[i] = GeoPoint.cosOfLatitude(lat[i]);
            byCode.putIfAbsent(point.code(), i);
            Set<String> itemsHere = new HashSet<>();
            Set<String> categoriesHere = new HashSet<>();
            for (RoutingPoint.Window w : point.windows()) {
                itemsHere.addAll(w.items());
                categoriesHere.addAll(w.categories());
            }
            for (String item : itemsHere) {
                items.computeIfAbsent(item, k -> new ArrayList<>()).add(i);
            }
            for (String category : categoriesHere) {
                categories.computeIfAbsent(category, k -> new ArrayList<>()).add(i);
            }
        }
        byItem = ascending(items);
        byCategory = ascending(categories);
    }

    public static RoutingNetwork of(List<RoutingPoint> points) {
        return new RoutingNetwork(points);
    }

    private static Map<String, int[]> ascending(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach((key, list) ->
                arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(arrays);
    }

    int size() {
        return points.size();
    }

    RoutingPoint point(int index) {
        return points.get(index);
    }

    /** The index of the point with this code, or -1. */
    int indexOf(String code) {
        Integer index = code == null ? null : byCode.get(code);
        return index == null ? -1 : index;
    }

    /**
     * Whether each point has a window that accepts the item, by its code or its category (open or
     * not): the points routing considers, by index.
     */
    boolean[] accepting(RoutingRequest.Item item) {
        boolean[] accepts = new boolean[points.size()];
        for (int i : byItem.getOrDefault(item.code(), NONE)) {
            accepts[i] = true;
        }
        if (item.category() != null) {
            for (int i : byCategory.getOrDefault(item.category(), NONE)) {
                accepts[i] = true;
            }
        }
        return accepts;
    }

    /** Great-circle distance from a position to a point, as {@link GeoPoint#distanceKm(GeoPoint)} gives it. */
    double distanceKm(Origin from, int index) {
        return GeoPoint.distanceKm(from.lat, from.lon, from.cosLat, lat[index], lon[index], cosLat[index]);
    }

    /** A position distances are measured from, with its latitude cosine computed once per decision. */
    record Origin(double lat, double lon, double cosLat) {

        static Origin of(GeoPoint location) {
            return new Origin(location.lat(), location.lon(), GeoPoint.cosOfLatitude(location.lat()));
        }
    }
}
