package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.TestClock;

/**
 * The report card over a known data set: six rent withdrawals handled in Xiang'an in the first
 * week of June 2026, with outcomes chosen by the test, so every expected figure is worked out here.
 */
@QuarkusTest
class ReportCardTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void figuresOfAKnownWeekInXiangan() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        String a = submit(2500);
        String b = submit(2500);
        String c = submit(2500);
        String d = submit(1800); // within the cap: approved instantly
        String e = submit(2500);
        String f = submit(2500); // left waiting
        act("clerk-xiangan", a, Map.of("action", "ACCEPT"));
        act("clerk-xiangan", b, Map.of("action", "ACCEPT"));
        act(
                "clerk-xiangan",
                c,
                Map.of("action", "REFUSE_ACCEPTANCE", "reasons", List.of("材料不齐"), "rightToReview", "可申请行政复议"));
        act("citizen-chen", e, Map.of("action", "WITHDRAW"));
        act("reviewer-gjj-xiangan", a, Map.of("action", "ADVANCE"));
        act("reviewer-gjj-xiangan", b, Map.of("action", "ADVANCE"));
        clock.set(LocalDateTime.of(2026, 6, 2, 10, 0));
        act("reviewer-gjj-xiangan", a, Map.of("action", "APPROVE")); // promised due 06-02: on time, 1 working day
        act("clerk-xiangan", a, Map.of("action", "DELIVER", "delivery", Map.of("method", "WINDOW_PICKUP")));
        as("citizen-chen")
                .contentType(ContentType.JSON)
                .body(Map.of("level", 1, "channel", "MOBILE"))
                .post("/api/v1/applications/" + a + "/rating")
                .then()
                .statusCode(201);
        clock.set(LocalDateTime.of(2026, 6, 3, 10, 0));
        act("reviewer-gjj-xiangan", b, Map.of("action", "APPROVE")); // a day late, 2 working days

        JsonPath card = cityCard("2026-06-01", "2026-06-05", "350213");
        assertThat(value(card, "cases", "received")).isEqualTo(6.0);
        assertThat(value(card, "cases", "accepted")).isEqualTo(3.0);
        assertThat(value(card, "cases", "approved")).isEqualTo(3.0);
        assertThat(value(card, "cases", "notAccepted")).isEqualTo(1.0);
        assertThat(value(card, "cases", "withdrawn")).isEqualTo(1.0);
        assertThat(value(card, "cases", "completed")).isEqualTo(1.0);
        assertThat(value(card, "handledShare", "point:xiangan-centre")).isEqualTo(1.0);
        assertThat(value(card, "handledShare", "group:mainland-gjj-windows")).isEqualTo(1.0);
        assertThat(value(card, "items", "instantApproval.cases")).isEqualTo(1.0);
        assertThat(value(card, "items", "zeroVisit.cases")).isEqualTo(1.0);
        assertThat(value(card, "limits", "promisedToStatutory.cases")).isEqualTo(0.3333);
        assertThat(value(card, "performance", "onTimeDecisions")).isEqualTo(0.6667);
        assertThat(value(card, "performance", "workingDaysToDecision:gjj-withdraw-rent"))
                .isEqualTo(1.0);
        assertThat(value(card, "satisfaction", "ratings")).isEqualTo(1.0);
        assertThat(value(card, "satisfaction", "averageLevel")).isEqualTo(1.0);
        assertThat(value(card, "satisfaction", "satisfied")).isEqualTo(1.0);
        assertThat(card.getString("cases.find { it.name == 'received' }.method"))
                .isNotBlank();

        // A period of whole months and edge days: June from the monthly counters, 31 May from the
        // daily ones; each figure as the daily counters of the same days give it.
        JsonPath june = cityCard("2026-05-31", "2026-06-30", "350213");
        for (var figure : Map.of("received", "received", "approved", "approved", "notAccepted", "not_accepted")
                .entrySet()) {
            long daily = count("SELECT COALESCE(SUM(" + figure.getValue() + "), 0) FROM case_stats WHERE span = 'DAY'"
                    + " AND day BETWEEN '2026-05-31' AND '2026-06-30' AND handling_district = '350213'");
            assertThat(value(june, "cases", figure.getKey())).isEqualTo((double) daily);
            assertThat(daily).isGreaterThanOrEqualTo((long) value(card, "cases", figure.getKey()));
        }

        long inForce =
                count("SELECT COUNT(*) FROM item_version WHERE status = 'PUBLISHED' AND valid_from <= '2026-06-05'"
                        + " AND (valid_to IS NULL OR valid_to >= '2026-06-05')");
        long zeroVisit =
                count("SELECT COUNT(*) FROM item_version WHERE status = 'PUBLISHED' AND valid_from <= '2026-06-05'"
                        + " AND (valid_to IS NULL OR valid_to >= '2026-06-05') AND max_visits = 0");
        long delegated = count(
                "SELECT COUNT(DISTINCT item_code) FROM delegation WHERE power_source = '2' AND district_code = '350213'"
                        + " AND valid_from <= '2026-06-05' AND (valid_to IS NULL OR valid_to >= '2026-06-05')");
        assertThat(card.getLong("items.find { it.name == 'zeroVisit.items' }.numerator"))
                .isEqualTo(zeroVisit);
        assertThat(card.getLong("items.find { it.name == 'zeroVisit.items' }.denominator"))
                .isEqualTo(inForce);
        assertThat(card.getLong("delegation.find { it.name == 'delegatedItems' }.numerator"))
                .isEqualTo(delegated);
        assertThat(delegated).isEqualTo(17 + 8);

        long before = backlog("xiangan-centre", "gjj-withdraw-rent");
        act("citizen-chen", f, Map.of("action", "WITHDRAW"));
        long after = backlog("xiangan-centre", "gjj-withdraw-rent");
        assertThat(after).isEqualTo(before - 1);
        assertThat(d).isNotBlank();
    }

    @Test
    void aDistrictSupervisorSeesOnlyTheirDistrict() {
        as("supervisor-haicang")
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .queryParam("district", "350213")
                .get("/api/v1/reports/report-card")
                .then()
                .statusCode(403);
        as("supervisor-haicang")
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .get("/api/v1/reports/report-card")
                .then()
                .statusCode(200);
        as("clerk-haicang")
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .get("/api/v1/reports/report-card")
                .then()
                .statusCode(403);
        as("supervisor-city")
                .queryParam("from", "2026-03-31")
                .queryParam("to", "2026-03-01")
                .get("/api/v1/reports/report-card")
                .then()
                .statusCode(422);
    }

    @Test
    void theLoadAtTheEndOfAPastDayComesFromTheDailyCountersWithOrWithoutADistrict() {
        clock.set(LocalDateTime.of(2026, 7, 6, 9, 0));
        Api.submit("citizen-chen", Api.rentWithdrawal(2500));
        clock.set(LocalDateTime.of(2026, 7, 7, 9, 0));
        for (var caller : List.of(
                as("supervisor-city"),
                as("supervisor-city").queryParam("district", "350205"),
                as("supervisor-haicang"),
                as("clerk-haicang"))) {
            assertThat(load(caller.queryParam("at", "2026-07-06")))
                    .anySatisfy(row -> assertThat(row)
                            .containsEntry("point", "haicang-centre")
                            .containsEntry("item", "gjj-withdraw-rent"));
        }
        as("clerk-haicang")
                .queryParam("at", "2025-06-01")
                .get("/api/v1/reports/load")
                .then()
                .statusCode(200);
    }

    /** Undecided cases of an item at a point now, as the load report gives it (absent = none). */
    private static long backlog(String point, String item) {
        return load(as("supervisor-city").queryParam("district", "350213")).stream()
                .filter(row -> point.equals(row.get("point")) && item.equals(row.get("item")))
                .mapToLong(row -> ((Number) row.get("backlog")).longValue())
                .sum();
    }

    private static List<Map<String, Object>> load(RequestSpecification caller) {
        return caller.get("/api/v1/reports/load")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    /** The city supervisor's report card of one district. */
    private static JsonPath cityCard(String from, String to, String district) {
        return as("supervisor-city")
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("district", district)
                .get("/api/v1/reports/report-card")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double value(JsonPath card, String section, String name) {
        return card.getDouble(section + ".find { it.name == '" + name + "' }.value");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static String submit(double monthlyRent) {
        var body = Api.rentWithdrawal(monthlyRent);
        body.put("residence", Map.of("district", "350213"));
        return Api.submit("citizen-chen", body);
    }

    private static void act(String user, String number, Map<String, Object> action) {
        Api.act(user, number, action).statusCode(200);
    }

    private static RequestSpecification as(String user) {
        return Api.as(user);
    }
}
