package org.tongban.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.routing.SeededNetwork.BUILD;
import static org.tongban.routing.SeededNetwork.HOUSE_TRANSFER;
import static org.tongban.routing.SeededNetwork.PLANT_REBUILD;
import static org.tongban.routing.SeededNetwork.POINTS;
import static org.tongban.routing.SeededNetwork.RENT;
import static org.tongban.routing.SeededNetwork.centroid;
import static org.tongban.routing.SeededNetwork.resident;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.network.GeoPoint;
import org.tongban.network.PointType;

/** Routing decisions over the seeded Xiamen network. */
class RouterTest {

    static final Router ROUTER = new Router(new Router.Settings(50, 15, 0.6, 0.5));

    static RoutingDecision route(RoutingRequest request) {
        return ROUTER.route(request, POINTS, Map.of());
    }

    @Test
    void haicangResidentGoesToTheNewHaicangWindow() {
        var decision = route(resident(RENT, "350205"));
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.handlingWindow()).isEqualTo("haicang-centre-gjj-01");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST);
        assertThat(decision.forwarded()).isFalse();
    }

    @Test
    void islandResidentsGoToTheCityOrSimingCentre() {
        assertThat(route(resident(RENT, "350203")).handlingPoint()).isEqualTo("siming-centre");
        assertThat(route(resident(RENT, "350206")).handlingPoint()).isEqualTo("city-centre");
    }

    @Test
    void mainlandResidentsStayOnTheMainland() {
        assertThat(route(resident(RENT, "350213")).handlingPoint()).isEqualTo("xiangan-centre");
        assertThat(route(resident(RENT, "350212")).handlingPoint()).isEqualTo("tongan-gjj-office");
        assertThat(route(resident(RENT, "350211")).handlingPoint()).isEqualTo("jimei-centre");
    }

    @Test
    void jimeiWindowOnlyHasItsSixItems() {
        var decision = route(resident(BUILD, "350211"));
        assertThat(decision.handlingPoint()).isEqualTo("city-centre");
        assertThat(decision.candidates()).noneMatch(c -> c.point().equals("jimei-centre"));
    }

    @Test
    void candidatesCarryDistancesBacklogsAndWhyTheyWereExcluded() {
        var decision = ROUTER.route(resident(RENT, "350205"), POINTS, Map.of("haicang-centre", 7L));
        var haicang = decision.candidates().get(0);
        assertThat(haicang.point()).isEqualTo("haicang-centre");
        assertThat(haicang.backlog()).isEqualTo(7);
        assertThat(haicang.distanceKm()).isBetween(4.0, 7.0);
        assertThat(decision.candidates())
                .filteredOn(c -> c.point().equals("haicang-xinyang-street"))
                .singleElement()
                .satisfies(c -> assertThat(c.excludedBecause()).contains("may receive but not handle"));
        assertThat(decision.origin().source()).isEqualTo("the applicant's position");
    }

    @Test
    void overflowToAPointALittleFurtherWithClearlyLessLoad() {
        var decision = ROUTER.route(
                resident(RENT, "350205"),
                POINTS,
                Map.of("haicang-centre", 80L, "city-centre", 10L, "siming-centre", 45L, "jimei-centre", 40L));
        assertThat(decision.handlingPoint()).isEqualTo("city-centre");
        assertThat(decision.rule()).isEqualTo(RoutingRule.LOAD_OVERFLOW);
        assertThat(decision.explanation()).contains("haicang-centre").contains("80");
    }

    @Test
    void noOverflowWhenTheOthersAreNotClearlyLessLoaded() {
        var decision = ROUTER.route(
                resident(RENT, "350205"),
                POINTS,
                Map.of("haicang-centre", 80L, "city-centre", 60L, "siming-centre", 70L, "jimei-centre", 75L));
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST);
    }

    @Test
    void equallyNearPointsAreSeparatedByBacklog() {
        var west = new RoutingPoint(
                "west",
                PointType.DISTRICT_CENTRE,
                "350205",
                new GeoPoint(24.50, 118.00, true),
                List.of(window("west-1", true)));
        var east = new RoutingPoint(
                "east",
                PointType.DISTRICT_CENTRE,
                "350205",
                new GeoPoint(24.50, 118.002, true),
                List.of(window("east-1", true)));
        var request = new RoutingRequest(RENT, new GeoPoint(24.50, 118.001, false), "350205", null, null, null);
        var decision = ROUTER.route(request, List.of(west, east), Map.of("west", 9L, "east", 3L));
        assertThat(decision.handlingPoint()).isEqualTo("east");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST_THEN_BACKLOG);
    }

    @Test
    void kioskForwardsToTheNearestHandlingPoint() {
        var request = new RoutingRequest(RENT, null, "350205", centroid("350205"), null, "ekiosk-haicang-xinyang");
        var decision = route(request);
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.receivingPoint()).isEqualTo("ekiosk-haicang-xinyang");
        assertThat(decision.forwarded()).isTrue();
        assertThat(decision.explanation()).contains("forwarded");
    }

    @Test
    void aWindowThatCanHandleItKeepsIt() {
        var request = new RoutingRequest(RENT, null, "350205", centroid("350205"), null, "siming-centre");
        var decision = route(request);
        assertThat(decision.handlingPoint()).isEqualTo("siming-centre");
        assertThat(decision.rule()).isEqualTo(RoutingRule.RECEIVING_POINT);
        var atNotary =
                route(new RoutingRequest(HOUSE_TRANSFER, null, "350203", centroid("350203"), null, "notary-lujiang"));
        assertThat(atNotary.handlingPoint()).isEqualTo("notary-lujiang");
    }

    @Test
    void preferredPointWhenEligibleOtherwiseNearest() {
        var preferred = new RoutingRequest(RENT, centroid("350205"), "350205", null, "xiangan-centre", null);
        assertThat(route(preferred).handlingPoint()).isEqualTo("xiangan-centre");
        assertThat(route(preferred).rule()).isEqualTo(RoutingRule.PREFERRED_POINT);
        var ineligible = new RoutingRequest(RENT, centroid("350205"), "350205", null, "huli-centre", null);
        var decision = route(ineligible);
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.candidates()).anySatisfy(c -> {
            assertThat(c.point()).isEqualTo("huli-centre");
            assertThat(c.excludedBecause()).isEqualTo("no window here accepts this item");
        });
    }

    @Test
    void districtOnlyItemsStayInTheApplicantsDistrict() {
        assertThat(route(resident(PLANT_REBUILD, "350205")).handlingPoint()).isEqualTo("haicang-centre");
        // From Tong'an the Jimei centre is not further than Tong'an's own, but it is another district.
        assertThat(route(resident(PLANT_REBUILD, "350212")).handlingPoint()).isEqualTo("tongan-centre");
        assertThatThrownBy(() -> route(new RoutingRequest(PLANT_REBUILD, centroid("350205"), null, null, null, null)))
                .hasMessageContaining("give your district");
        assertThatThrownBy(() -> route(new RoutingRequest(PLANT_REBUILD, null, "ftz", null, null, "huli-centre")))
                .hasMessageContaining("not offered in district ftz");
    }

    @Test
    void allWindowsClosed() {
        List<RoutingPoint> closed = POINTS.stream()
                .map(p -> new RoutingPoint(
                        p.code(),
                        p.type(),
                        p.district(),
                        p.location(),
                        p.windows().stream()
                                .map(w -> new RoutingPoint.Window(
                                        w.code(), w.items().isEmpty() && w.open(), w.items(), w.categories()))
                                .toList()))
                .toList();
        assertThatThrownBy(() -> ROUTER.route(resident(RENT, "350205"), closed, Map.of()))
                .isInstanceOfSatisfying(
                        NoEligibleWindowException.class,
                        e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("itemCode"))
                .hasMessageContaining("closed");
    }

    @Test
    void noPositionAtAll() {
        assertThatThrownBy(() -> route(new RoutingRequest(RENT, null, null, null, null, null)))
                .hasMessageContaining("no position");
    }

    private static RoutingPoint.Window window(String code, boolean open) {
        return new RoutingPoint.Window(code, open, Set.of("gjj-withdraw-rent"), Set.of());
    }
}
