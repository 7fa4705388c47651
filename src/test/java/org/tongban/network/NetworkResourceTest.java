package org.tongban.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Tokens;

@QuarkusTest
class NetworkResourceTest {

    @Inject
    EntityManager em;

    @Test
    void districtsAndZones() {
        given().get("/api/v1/districts")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems("350200", "350203", "350205", "350206", "350211", "350212", "350213", "ftz", "torch"))
                .body("find { it.code == '350205' }.name.zh", equalTo("海沧区"))
                .body("find { it.code == '350205' }.centroid.approximate", equalTo(true));
    }

    @Test
    void servicePointsForAnItemNearestFirstWithDistance() {
        // A Haicang resident (near the district centroid) looking for the rent withdrawal.
        var points = given().queryParam("item", "gjj-withdraw-rent")
                .queryParam("lat", 24.47)
                .queryParam("lon", 117.98)
                .get("/api/v1/service-points")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(points.getString("[0].code")).isEqualTo("haicang-centre");
        List<Float> distances = points.getList("distanceKm", Float.class);
        assertThat(distances).isSorted();
        assertThat(points.getList("code", String.class))
                .contains("city-centre", "siming-centre", "jimei-centre", "xiangan-centre", "tongan-gjj-office")
                .doesNotContain("huli-centre", "ekiosk-haicang-xinyang");
    }

    @Test
    void kiosksAreListedByTypeAndHaveNoWindows() {
        given().queryParam("type", "KIOSK")
                .queryParam("limit", 50)
                .get("/api/v1/service-points")
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(10))
                .body("windows", everyItem(hasSize(0)))
                .body("location.approximate", everyItem(equalTo(true)));
    }

    @Test
    void onePointWithWindowsAndHours() {
        given().get("/api/v1/service-points/jimei-centre")
                .then()
                .statusCode(200)
                .body("type", equalTo("DISTRICT_CENTRE"))
                .body("windows.find { it.code == 'jimei-centre-gjj-01' }.items", hasSize(6))
                .body("openingHours[0].days", contains("MON", "TUE", "WED", "THU", "FRI"));
        given().get("/api/v1/service-points/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void oneStandardManyWindows() {
        // The same item seen through two districts' windows is the same standard, byte for byte.
        var haicang = given().get("/api/v1/service-points/haicang-centre/items/gjj-withdraw-rent")
                .then()
                .statusCode(200)
                .extract();
        var city = given().get("/api/v1/service-points/city-centre/items/gjj-withdraw-rent")
                .then()
                .statusCode(200)
                .extract();
        assertThat(haicang.asByteArray()).isEqualTo(city.asByteArray());
        assertThat(haicang.header("ETag")).isEqualTo(city.header("ETag"));
        given().get("/api/v1/service-points/huli-centre/items/gjj-withdraw-rent")
                .then()
                .statusCode(404);
    }

    @Test
    void aWindowHasNoPlaceForItsOwnCriteriaMaterialsFlowOrDeadline() {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery(
                        "SELECT column_name FROM information_schema.columns"
                                + " WHERE table_schema = DATABASE() AND table_name IN ('service_window', 'window_item', 'window_category')")
                .getResultList();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "code",
                        "service_point_code",
                        "name_zh",
                        "name_en",
                        "is_open",
                        "row_version",
                        "window_code",
                        "item_code",
                        "window_code",
                        "category");
    }

    @Test
    void adminChangesAWindowAndItIsAudited() {
        var admin = given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
        admin.body(Map.of("open", true, "items", List.of("gjj-withdraw-rent"), "categories", List.of()))
                .put("/api/v1/admin/windows/siming-zhonghua-street-comprehensive-01")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of("gjj-withdraw-rent")));
        given().auth()
                .oauth2(Tokens.of("admin-catalog"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "open",
                        true,
                        "items",
                        List.of(),
                        "categories",
                        List.of(
                                "housing-fund",
                                "construction-approval",
                                "investment-approval",
                                "real-estate",
                                "traffic-safety")))
                .put("/api/v1/admin/windows/siming-zhonghua-street-comprehensive-01")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin-catalog"))
                .contentType(ContentType.JSON)
                .body(Map.of("open", true, "items", List.of("no-such-item"), "categories", List.of()))
                .put("/api/v1/admin/windows/siming-zhonghua-street-comprehensive-01")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("unknown-item"));
        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("subject", "window:siming-zhonghua-street-comprehensive-01")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].after.items", equalTo(List.of("gjj-withdraw-rent")));
    }
}
