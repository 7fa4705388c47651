package org.tongban.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tongban.catalog.ItemScope;
import org.tongban.network.GeoPoint;
import org.tongban.network.PointType;
import org.tongban.routing.Router;
import org.tongban.routing.RoutingDecision;
import org.tongban.routing.RoutingPoint;
import org.tongban.routing.RoutingRequest;

/**
 * Routing one application over a network of 1,000 service points (issue 12's target: at most
 * 50 µs): points scattered over Xiamen's extent, a third of them with an open window for the
 * item, each with a backlog, so nearest-first, ties and load overflow are all exercised.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark {

    private static final int POINTS = 1_000;
    private static final String[] DISTRICTS = {"350203", "350205", "350206", "350211", "350212", "350213"};
    private static final PointType[] TYPES = {
        PointType.DISTRICT_CENTRE, PointType.STREET_CENTRE, PointType.DEPARTMENT_OFFICE, PointType.BANK
    };

    private Router router;
    private List<RoutingPoint> network;
    private Map<String, Long> backlogs;
    private RoutingRequest request;

    @Setup
    public void setUp() {
        var random = new Random(12);
        router = new Router(new Router.Settings(50, 15, 0.6, 0.5));
        network = new ArrayList<>();
        backlogs = new HashMap<>();
        for (int i = 0; i < POINTS; i++) {
            String code = "point-" + i;
            var windows = List.of(new RoutingPoint.Window(
                    code + "-01",
                    i % 7 != 0,
                    i % 3 == 0 ? Set.of("gjj-withdraw-purchase", "gjj-withdraw-rent") : Set.of("other-item"),
                    i % 10 == 1 ? Set.of("housing-fund") : Set.of()));
            network.add(new RoutingPoint(
                    code,
                    TYPES[i % TYPES.length],
                    DISTRICTS[i % DISTRICTS.length],
                    new GeoPoint(24.40 + random.nextDouble() * 0.35, 117.90 + random.nextDouble() * 0.40, false),
                    windows));
            backlogs.put(code, (long) random.nextInt(120));
        }
        var item = new RoutingRequest.Item(
                "gjj-withdraw-purchase",
                "housing-fund",
                ItemScope.CITYWIDE,
                Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE, PointType.DEPARTMENT_OFFICE));
        var home = new GeoPoint(24.48, 118.03, false);
        request = new RoutingRequest(item, home, "350205", home, null, null);
    }

    @Benchmark
    public RoutingDecision routeOverAThousandPoints() {
        return router.route(request, network, backlogs);
    }
}
