package org.tongban.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.PointType;
import org.tongban.network.GeoPoint;

/** The network's indexes give what a search of every point and window gives. */
class RoutingNetworkTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d");
    private static final List<String> CATEGORIES = List.of("x", "y", "z");

    @Test
    void acceptingPointsAreThoseWithAWindowForTheItemOrItsCategory() {
        var random = new Random(7);
        List<RoutingPoint> points = generated(random, 300);
        RoutingNetwork network = RoutingNetwork.of(points);
        for (String code : ITEMS) {
            for (String category : CATEGORIES) {
                var item = new RoutingRequest.Item(code, category, ItemScope.CITYWIDE, Set.of(PointType.KIOSK));
                boolean[] accepting = network.accepting(item);
                for (int i = 0; i < points.size(); i++) {
                    boolean searched = points.get(i).windows().stream().anyMatch(w -> w.accepts(item));
                    assertThat(accepting[i])
                            .as("%s/%s at %s", code, category, i)
                            .isEqualTo(searched);
                }
            }
        }
    }

    @Test
    void distancesAreExactlyThoseOfGeoPoint() {
        var random = new Random(8);
        List<RoutingPoint> points = generated(random, 300);
        RoutingNetwork network = RoutingNetwork.of(points);
        for (int o = 0; o < 20; o++) {
            GeoPoint from = position(random);
            for (int i = 0; i < points.size(); i++) {
                assertThat(network.distanceKm(RoutingNetwork.Origin.of(from), i))
                        .isEqualTo(from.distanceKm(points.get(i).location()));
            }
        }
    }

    @Test
    void pointsAreFoundByCode() {
        List<RoutingPoint> points = generated(new Random(9), 50);
        RoutingNetwork network = RoutingNetwork.of(points);
        for (int i = 0; i < points.size(); i++) {
            assertThat(network.indexOf(points.get(i).code())).isEqualTo(i);
        }
        assertThat(network.indexOf("unknown")).isEqualTo(-1);
        assertThat(network.indexOf(null)).isEqualTo(-1);
    }

    private static List<RoutingPoint> generated(Random random, int size) {
        List<RoutingPoint> points = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<RoutingPoint.Window> windows = new ArrayList<>();
            for (int w = random.nextInt(4); w > 0; w--) {
                windows.add(new RoutingPoint.Window(
                        "p" + i + "-" + w,
                        random.nextBoolean(),
                        Set.copyOf(ITEMS.stream()
                                .filter(item -> random.nextInt(3) == 0)
                                .toList()),
                        random.nextInt(3) == 0 ? Set.of(CATEGORIES.get(random.nextInt(CATEGORIES.size()))) : Set.of()));
            }
            points.add(new RoutingPoint("p" + i, PointType.KIOSK, "350203", position(random), windows));
        }
        return points;
    }

    private static GeoPoint position(Random random) {
        return new GeoPoint(24.40 + random.nextDouble() * 0.35, 117.90 + random.nextDouble() * 0.40, false);
    }
}
