package org.tongban.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service network as committed, immutable: districts, and points with their windows, by code.
 *
 * @param points every point by code, in code order
 * @param windowPoints the point of each window
 */
public record NetworkSnapshot(
        Map<String, DistrictView> districts,
        List<ServicePointView> points,
        Map<String, ServicePointView> byCode,
        Map<String, String> windowPoints) {

    static NetworkSnapshot of(List<DistrictView> districts, List<ServicePointView> points) {
        List<ServicePointView> ordered = points.stream()
                .sorted(Comparator.comparing(ServicePointView::code))
                .toList();
        Map<String, String> windowPoints = new HashMap<>();
        ordered.forEach(p -> p.windows().forEach(w -> windowPoints.put(w.code(), p.code())));
        return new NetworkSnapshot(
                districts.stream().collect(Collectors.toUnmodifiableMap(DistrictView::code, Function.identity())),
                ordered,
                ordered.stream().collect(Collectors.toUnmodifiableMap(ServicePointView::code, Function.identity())),
                Map.copyOf(windowPoints));
    }
}
