package org.tongban.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.routing.SeededNetwork.BUILD;
import static org.tongban.routing.SeededNetwork.DAY;
import static org.tongban.routing.SeededNetwork.HOUSE_TRANSFER;
import static org.tongban.routing.SeededNetwork.NETWORK;
import static org.tongban.routing.SeededNetwork.PLANT_REBUILD;
import static org.tongban.routing.SeededNetwork.POINTS;
import static org.tongban.routing.SeededNetwork.REGISTER;
import static org.tongban.routing.SeededNetwork.RENT;
import static org.tongban.routing.SeededNetwork.centroid;
import static org.tongban.routing.SeededNetwork.endingOn;
import static org.tongban.routing.SeededNetwork.entry;
import static org.tongban.routing.SeededNetwork.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.PointType;
import org.tongban.common.LocalizedText;
import org.tongban.delegation.DelegationView;
import org.tongban.network.GeoPoint;

/** Routing decisions over the seeded Xiamen network and delegation register. */
class RouterTest {

    static final Router ROUTER = new Router(new Router.Settings(50, 15, 0.6, 0.5));

    static RoutingDecision route(RoutingRequest request) {
        return ROUTER.route(request, NETWORK, Map.of(), REGISTER);
    }

    static RoutingDecision.Candidate candidate(RoutingDecision decision, String point) {
        return decision.candidates().stream()
                .filter(c -> c.point().equals(point))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void haicangResidentGoesToTheNewHaicangWindowUnderItsDelegation() {
        var decision = route(resident(RENT, "350205"));
        DelegationView haicang = entry("gjj-withdraw-rent", "350205");
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.handlingWindow()).isEqualTo("haicang-centre-gjj-01");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST);
        assertThat(decision.forwarded()).isFalse();
        assertThat(decision.delegation()).isEqualTo(haicang);
        assertThat(decision.holderDistrict()).isEqualTo("350205");
        assertThat(decision.explanation())
                .contains("under delegation #" + haicang.id())
                .contains(haicang.holder().zh())
                .contains("since 2025-06-08")
                .contains("basis: " + haicang.legalBasis().zh());
        assertThat(candidate(decision, "haicang-centre").delegation()).isEqualTo(haicang.id());
    }

    @Test
    void theDayBeforeTheDelegationHaicangIsNotEligible() {
        var before = route(resident(RENT, "350205", LocalDate.of(2025, 6, 7)));
        assertThat(before.handlingPoint()).isEqualTo("city-centre");
        assertThat(before.holderDistrict()).isEqualTo("350200");
        assertThat(before.delegation().district()).isEqualTo("350200");
        assertThat(candidate(before, "haicang-centre").excludedBecause()).isEqualTo("not delegated on 2025-06-07");
        var onTheDay = route(resident(RENT, "350205", LocalDate.of(2025, 6, 8)));
        assertThat(onTheDay.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(onTheDay.holderDistrict()).isEqualTo("350205");
    }

    @Test
    void whenADelegationEndsNewCasesFollowTheRegisterFromTheNextDay() {
        DelegationView haicang = entry("gjj-withdraw-rent", "350205");
        List<DelegationView> register = REGISTER.stream()
                .map(d -> d.equals(haicang) ? endingOn(d, LocalDate.of(2026, 5, 31)) : d)
                .toList();
        var lastDay = ROUTER.route(resident(RENT, "350205", LocalDate.of(2026, 5, 31)), NETWORK, Map.of(), register);
        assertThat(lastDay.handlingPoint()).isEqualTo("haicang-centre");
        var dayAfter = ROUTER.route(resident(RENT, "350205", LocalDate.of(2026, 6, 1)), NETWORK, Map.of(), register);
        assertThat(dayAfter.handlingPoint()).isEqualTo("city-centre");
        assertThat(candidate(dayAfter, "haicang-centre").excludedBecause()).isEqualTo("not delegated on 2026-06-01");
    }

    @Test
    void simingHasAWindowButNoDelegationSoIslandResidentsGoToTheCityCentre() {
        var siming = route(resident(RENT, "350203"));
        assertThat(siming.handlingPoint()).isEqualTo("city-centre");
        assertThat(siming.holderDistrict()).isEqualTo("350200");
        assertThat(candidate(siming, "siming-centre").excludedBecause()).isEqualTo("not delegated on " + DAY);
        assertThat(route(resident(RENT, "350206")).handlingPoint()).isEqualTo("city-centre");
    }

    @Test
    void mainlandResidentsStayOnTheMainland() {
        assertThat(route(resident(RENT, "350213")).handlingPoint()).isEqualTo("xiangan-centre");
        assertThat(route(resident(RENT, "350211")).handlingPoint()).isEqualTo("jimei-centre");
        var tongan = route(resident(RENT, "350212"));
        assertThat(tongan.handlingPoint()).isEqualTo("tongan-gjj-office");
        // The fund centre's Tong'an office is the city body itself: city-level reviewers decide.
        assertThat(tongan.holderDistrict()).isEqualTo("350200");
    }

    @Test
    void jimeiWindowOnlyHasItsSixItems() {
        var decision = route(resident(BUILD, "350211"));
        assertThat(decision.handlingPoint()).isEqualTo("city-centre");
        assertThat(decision.candidates()).noneMatch(c -> c.point().equals("jimei-centre"));
    }

    @Test
    void candidatesCarryDistancesBacklogsAndWhyTheyWereExcluded() {
        var decision = ROUTER.route(resident(RENT, "350205"), NETWORK, Map.of("haicang-centre", 7L), REGISTER);
        var haicang = decision.candidates().get(0);
        assertThat(haicang.point()).isEqualTo("haicang-centre");
        assertThat(haicang.backlog()).isEqualTo(7);
        assertThat(haicang.distanceKm()).isBetween(4.0, 7.0);
        assertThat(candidate(decision, "haicang-xinyang-street").excludedBecause())
                .contains("may receive but not handle");
        assertThat(decision.origin().source()).isEqualTo("the applicant's position");
        assertThat(decision.day()).isEqualTo(DAY);
    }

    @Test
    void overflowToAPointALittleFurtherWithClearlyLessLoad() {
        var decision = ROUTER.route(
                resident(RENT, "350205"),
                NETWORK,
                Map.of("haicang-centre", 80L, "city-centre", 10L, "jimei-centre", 40L),
                REGISTER);
        assertThat(decision.handlingPoint()).isEqualTo("city-centre");
        assertThat(decision.rule()).isEqualTo(RoutingRule.LOAD_OVERFLOW);
        assertThat(decision.explanation()).contains("haicang-centre").contains("80");
        assertThat(decision.holderDistrict()).isEqualTo("350200");
    }

    @Test
    void noOverflowWhenTheOthersAreNotClearlyLessLoaded() {
        var decision = ROUTER.route(
                resident(RENT, "350205"),
                NETWORK,
                Map.of("haicang-centre", 80L, "city-centre", 60L, "jimei-centre", 75L),
                REGISTER);
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST);
    }

    @Test
    void equallyNearPointsAreSeparatedByBacklog() {
        var west = point("west", new GeoPoint(24.50, 118.00, true));
        var east = point("east", new GeoPoint(24.50, 118.002, true));
        var register = List.of(delegation(1L, "350205", "west"), delegation(2L, "350203", "east"));
        var request = new RoutingRequest(RENT, DAY, new GeoPoint(24.50, 118.001, false), null, null, null, null);
        var decision =
                ROUTER.route(request, RoutingNetwork.of(List.of(west, east)), Map.of("west", 9L, "east", 3L), register);
        assertThat(decision.handlingPoint()).isEqualTo("east");
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST_THEN_BACKLOG);
        assertThat(decision.delegation().id()).isEqualTo(2L);
    }

    @Test
    void kioskForwardsToTheHandlingPointNearestTheKiosk() {
        var request = new RoutingRequest(RENT, DAY, null, "350203", centroid("350203"), null, "ekiosk-haicang-xinyang");
        var decision = route(request);
        // Measured from the kiosk, not from the district the applicant declared.
        assertThat(decision.origin().source()).isEqualTo("the receiving point ekiosk-haicang-xinyang");
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(decision.receivingPoint()).isEqualTo("ekiosk-haicang-xinyang");
        assertThat(decision.forwarded()).isTrue();
        assertThat(decision.explanation()).contains("forwarded");
    }

    @Test
    void aDelegatedWindowKeepsWhatItReceivesOthersForward() {
        var atHaicang = route(new RoutingRequest(RENT, DAY, null, null, null, null, "haicang-centre"));
        assertThat(atHaicang.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(atHaicang.rule()).isEqualTo(RoutingRule.RECEIVING_POINT);
        var atSiming = route(new RoutingRequest(RENT, DAY, null, null, null, null, "siming-centre"));
        assertThat(atSiming.handlingPoint()).isEqualTo("city-centre");
        assertThat(atSiming.forwarded()).isTrue();
        var atNotary = route(new RoutingRequest(HOUSE_TRANSFER, DAY, null, null, null, null, "notary-lujiang"));
        assertThat(atNotary.handlingPoint()).isEqualTo("city-centre");
        assertThat(candidate(atNotary, "notary-lujiang").excludedBecause())
                .isEqualTo("a NOTARY may receive but not handle this item");
    }

    @Test
    void preferredPointWhenEligibleOtherwiseNearest() {
        var preferred = new RoutingRequest(RENT, DAY, centroid("350205"), null, null, "xiangan-centre", null);
        assertThat(route(preferred).handlingPoint()).isEqualTo("xiangan-centre");
        assertThat(route(preferred).rule()).isEqualTo(RoutingRule.PREFERRED_POINT);
        var ineligible = new RoutingRequest(RENT, DAY, centroid("350205"), null, null, "huli-centre", null);
        var decision = route(ineligible);
        assertThat(decision.handlingPoint()).isEqualTo("haicang-centre");
        assertThat(candidate(decision, "huli-centre").excludedBecause()).isEqualTo("no window here accepts this item");
    }

    @Test
    void districtItemsGoToTheHolderForTheCompetentDistrict() {
        assertThat(route(resident(PLANT_REBUILD, "350205")).handlingPoint()).isEqualTo("haicang-centre");
        // From Tong'an the Jimei centre is not further than Tong'an's own, but it is another district's holder.
        var tongan = route(resident(PLANT_REBUILD, "350212"));
        assertThat(tongan.handlingPoint()).isEqualTo("tongan-centre");
        assertThat(candidate(tongan, "jimei-centre").excludedBecause())
                .isEqualTo("handles it for 350211, not for the competent district 350212");
        assertThatThrownBy(
                        () -> route(new RoutingRequest(PLANT_REBUILD, DAY, centroid("350205"), null, null, null, null)))
                .isInstanceOfSatisfying(
                        NoEligibleWindowException.class,
                        e -> assertThat(e.toProblem(Locale.ENGLISH)
                                        .errors()
                                        .get(0)
                                        .code())
                                .isEqualTo("competent-district-required"));
    }

    @Test
    void theFreeTradeAndTorchZonesAreRoutedToTheirHolders() {
        var ftz = route(new RoutingRequest(PLANT_REBUILD, DAY, null, "ftz", null, null, "haicang-centre"));
        assertThat(ftz.handlingPoint()).isEqualTo("huli-centre");
        assertThat(ftz.holderDistrict()).isEqualTo("ftz");
        assertThat(ftz.delegation().holder().zh()).contains("自由贸易试验区");
        assertThat(candidate(ftz, "haicang-centre").excludedBecause())
                .isEqualTo("handles it for 350205, not for the competent district ftz");
        // Zones have no centre to measure from; with one holder's point, none is needed.
        var torch = route(new RoutingRequest(PLANT_REBUILD, DAY, null, "torch", null, null, null));
        assertThat(torch.handlingPoint()).isEqualTo("huli-centre");
        assertThat(torch.holderDistrict()).isEqualTo("torch");
        assertThat(torch.rule()).isEqualTo(RoutingRule.ONLY_ELIGIBLE);
    }

    @Test
    void aDistrictWithoutAHolderOnTheDayIsRefused() {
        var beforeTheReform = new RoutingRequest(
                PLANT_REBUILD, LocalDate.of(2014, 6, 3), centroid("350205"), "350205", null, null, null);
        assertThatThrownBy(() -> route(beforeTheReform))
                .isInstanceOfSatisfying(
                        NoEligibleWindowException.class,
                        e -> assertThat(e.toProblem(Locale.ENGLISH)
                                        .errors()
                                        .get(0)
                                        .code())
                                .isEqualTo("not-delegated"))
                .hasMessageContaining("not held for district 350205 on 2014-06-03");
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
        assertThatThrownBy(() -> ROUTER.route(resident(RENT, "350205"), RoutingNetwork.of(closed), Map.of(), REGISTER))
                .isInstanceOfSatisfying(
                        NoEligibleWindowException.class,
                        e -> assertThat(e.toProblem(Locale.ENGLISH)
                                        .errors()
                                        .get(0)
                                        .field())
                                .isEqualTo("itemCode"))
                .hasMessageContaining("closed");
    }

    @Test
    void noPositionAtAll() {
        assertThatThrownBy(() -> route(new RoutingRequest(RENT, DAY, null, null, null, null, null)))
                .hasMessageContaining("no position");
    }

    private static RoutingPoint point(String code, GeoPoint location) {
        return new RoutingPoint(
                code,
                PointType.DISTRICT_CENTRE,
                "350205",
                location,
                List.of(new RoutingPoint.Window(code + "-1", true, Set.of("gjj-withdraw-rent"), Set.of())));
    }

    private static DelegationView delegation(Long id, String district, String handledBy) {
        var text = new LocalizedText("示例", "example");
        return new DelegationView(
                id, "gjj-withdraw-rent", district, text, "4", "2", text, text, DAY, null, handledBy, handledBy);
    }
}
