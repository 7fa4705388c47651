package org.tongban.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.PointType;
import org.tongban.common.Divisions;
import org.tongban.common.LocalizedText;
import org.tongban.delegation.DelegationView;
import org.tongban.network.GeoPoint;

/**
 * Every decision (or refusal) over generated networks, registers and requests, compared with the
 * decisions the router made before its indexes (issue 12) as recorded in {@code
 * generated-decisions.txt}: the full decision — point, window, rule, delegation, every candidate
 * with its distance and reason, explanation — as a digest per scenario. Covers what the seeded
 * network rarely shows: district items with entries for other districts, several entries per
 * point, closed windows, no origin, equal positions (ties), overflow, preferred and receiving
 * points that are or are not eligible. {@code -Drouting.decisions.refresh=true} rewrites the file
 * (only when a change of the routing rules is meant to change decisions).
 */
class GeneratedNetworkRoutingTest {

    private static final Path EXPECTED = Path.of("src/test/resources/org/tongban/routing/generated-decisions.txt");
    private static final int SCENARIOS = 400;
    private static final String ITEM = "gjj-withdraw-rent";
    private static final String CATEGORY = "housing-fund";
    private static final String[] DISTRICTS = {"350203", "350205", "350206", "350211", Divisions.CITY};
    private static final PointType[] TYPES = PointType.values();
    private static final Router ROUTER = new Router(new Router.Settings(50, 15, 0.6, 0.5));

    @Test
    void decisionsAreThoseOfTheRouterBeforeItsIndexes() throws IOException {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < SCENARIOS; i++) {
            outcomes.add(i + " " + outcome(new Random(i)));
        }
        if (Boolean.getBoolean("routing.decisions.refresh")) {
            Files.write(EXPECTED, outcomes, StandardCharsets.UTF_8);
        }
        assertThat(outcomes).containsExactlyElementsOf(Files.readAllLines(EXPECTED, StandardCharsets.UTF_8));
    }

    /** The rule (or refusal code) and a digest of the whole decision of one generated scenario. */
    private static String outcome(Random random) {
        int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
        List<RoutingPoint> points = new ArrayList<>();
        Map<String, Long> backlogs = new HashMap<>();
        List<DelegationView> register = new ArrayList<>();
        GeoPoint shared = position(random);
        for (int i = 0; i < size; i++) {
            String code = "p" + random.nextInt(1000) + "-" + i;
            List<RoutingPoint.Window> windows = new ArrayList<>();
            for (int w = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3); w > 0; w--) {
                windows.add(new RoutingPoint.Window(
                        code + "-0" + random.nextInt(10) + w,
                        random.nextInt(6) > 0,
                        random.nextBoolean() ? Set.of(ITEM, "other") : Set.of("other"),
                        random.nextInt(6) == 0 ? Set.of(CATEGORY) : Set.of()));
            }
            points.add(new RoutingPoint(
                    code,
                    TYPES[random.nextInt(TYPES.length)],
                    DISTRICTS[random.nextInt(DISTRICTS.length - 1)],
                    random.nextInt(5) == 0 ? shared : position(random),
                    windows));
            if (random.nextInt(4) > 0) {
                backlogs.put(code, (long) random.nextInt(random.nextBoolean() ? 40 : 200));
            }
            for (int e = random.nextInt(4) == 0 ? 2 : random.nextInt(5) > 0 ? 1 : 0; e > 0; e--) {
                register.add(entry(random, register.size() + 1L, code));
            }
        }
        for (int e = random.nextInt(3); e > 0; e--) {
            register.add(entry(random, register.size() + 1L, "elsewhere-" + e));
        }
        var item = new RoutingRequest.Item(
                ITEM,
                CATEGORY,
                random.nextBoolean() ? ItemScope.CITYWIDE : ItemScope.DISTRICT,
                random.nextInt(3) == 0
                        ? Set.of(TYPES)
                        : Set.of(PointType.CITY_CENTRE, PointType.DISTRICT_CENTRE, PointType.DEPARTMENT_OFFICE));
        var request = new RoutingRequest(
                item,
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
                random.nextInt(3) > 0 ? position(random) : null,
                random.nextInt(8) > 0 ? DISTRICTS[random.nextInt(DISTRICTS.length - 1)] : null,
                random.nextBoolean() ? position(random) : null,
                random.nextInt(4) == 0 ? anyCode(random, points) : null,
                random.nextInt(4) == 0 ? anyCode(random, points) : null);
        try {
            RoutingDecision decision = ROUTER.route(request, RoutingNetwork.of(points), backlogs, register);
            return decision.rule() + " " + digest(decision.toString());
        } catch (NoEligibleWindowException e) {
            return "refused " + digest(e.errors().toString());
        }
    }

    private static DelegationView entry(Random random, long id, String handledBy) {
        LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500));
        return new DelegationView(
                id,
                ITEM,
                DISTRICTS[random.nextInt(DISTRICTS.length)],
                new LocalizedText("中心" + id, "centre " + id),
                String.valueOf(1 + random.nextInt(5)),
                String.valueOf(1 + random.nextInt(6)),
                null,
                new LocalizedText("依据", "basis"),
                from,
                random.nextInt(4) == 0 ? from.plusDays(random.nextInt(300)) : null,
                handledBy,
                handledBy);
    }

    private static GeoPoint position(Random random) {
        return new GeoPoint(24.40 + random.nextDouble() * 0.35, 117.90 + random.nextDouble() * 0.40, false);
    }

    private static String anyCode(Random random, List<RoutingPoint> points) {
        return random.nextInt(5) == 0
                ? "unknown"
                : points.get(random.nextInt(points.size())).code();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
