package org.tongban.bench;

import java.time.LocalDate;
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
import org.tongban.catalog.PointType;
import org.tongban.common.LocalizedText;
import org.tongban.delegation.DelegationView;
import org.tongban.network.GeoPoint;
import org.tongban.routing.Router;
import org.tongban.routing.RoutingDecision;
import org.tongban.routing.RoutingNetwork;
import org.tongban.routing.RoutingPoint;
import org.tongban.routing.RoutingRequest;

/**
 * Routing one application over a network of 1,000 service points (issue 12's target: at most
 * 50 µs): points scattered over Xiamen's extent, a third of them with an open window for the
 * item, each with a backlog; each point that accepts the item holds it under its own entry of the
 * delegation register (as a window that handles an item must); nearest-first, ties and load
 * overflow are all exercised.
 *
 * <p>Measured: one decision as {@link org.tongban.routing.RoutingService} makes it, over the
 * network indexed as the service keeps it per network snapshot ({@link RoutingNetwork}, built in
 * the setup, as the service builds it once per snapshot) and the item's register entries as the
 * register serves them; per decision it reads the register for the day, measures every accepting
 * point and writes every candidate. Not measured: the backlog query and the snapshot builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark {

    private static final int POINTS = 1_000;
    private static final String ITEM = "gjj-withdraw-purchase";
    private static final String[] DISTRICTS = {"350203", "350205", "350206", "350211", "350212", "350213"};
    private static final PointType[] TYPES = {
        PointType.DISTRICT_CENTRE, PointType.STREET_CENTRE, PointType.DEPARTMENT_OFFICE, PointType.BANK
    };

    private Router router;
    private RoutingNetwork network;
    private Map<String, Long> backlogs;
    private List<DelegationView> register;
    private RoutingRequest request;

    @Setup
    public void setUp() {
        var random = new Random(12);
        router = new Router(new Router.Settings(50, 15, 0.6, 0.5));
        List<RoutingPoint> points = new ArrayList<>();
        backlogs = new HashMap<>();
        register = new ArrayList<>();
        var basis = new LocalizedText("示例依据", "illustrative basis");
        for (int i = 0; i < POINTS; i++) {
            String code = "point-" + i;
            boolean byCode = i % 3 == 0;
            boolean byCategory = i % 10 == 1;
            var windows = List.of(new RoutingPoint.Window(
                    code + "-01",
                    i % 7 != 0,
                    byCode ? Set.of(ITEM, "gjj-withdraw-rent") : Set.of("other-item"),
                    byCategory ? Set.of("housing-fund") : Set.of()));
            points.add(new RoutingPoint(
                    code,
                    TYPES[i % TYPES.length],
                    DISTRICTS[i % DISTRICTS.length],
                    new GeoPoint(24.40 + random.nextDouble() * 0.35, 117.90 + random.nextDouble() * 0.40, false),
                    windows));
            backlogs.put(code, (long) random.nextInt(120));
            if (byCode || byCategory) {
                register.add(new DelegationView(
                        (long) i,
                        ITEM,
                        DISTRICTS[i % DISTRICTS.length],
                        new LocalizedText("中心", "centre"),
                        "3",
                        "1",
                        null,
                        basis,
                        LocalDate.of(2019, 1, 1),
                        null,
                        code,
                        code));
            }
        }
        network = RoutingNetwork.of(points);
        var item = new RoutingRequest.Item(
                ITEM,
                "housing-fund",
                ItemScope.CITYWIDE,
                Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE, PointType.DEPARTMENT_OFFICE));
        var home = new GeoPoint(24.48, 118.03, false);
        request = new RoutingRequest(item, LocalDate.of(2026, 3, 2), home, "350205", home, null, null);
    }

    @Benchmark
    public RoutingDecision routeOverAThousandPoints() {
        return router.route(request, network, backlogs, register);
    }
}
