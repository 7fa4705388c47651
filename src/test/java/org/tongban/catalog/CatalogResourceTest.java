package org.tongban.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The seeded catalogue, read through the public API without a token. */
@QuarkusTest
class CatalogResourceTest {

    @Test
    void searchesBySeveralFiltersAndPaginates() {
        given().queryParam("department", "gjj")
                .queryParam("limit", 10)
                .get("/api/v1/items")
                .then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("items.department", everyItem(equalTo("gjj")))
                .body("nextCursor", equalTo("gjj-withdraw-illness"));
        given().queryParam("department", "gjj")
                .queryParam("cursor", "gjj-withdraw-illness")
                .queryParam("limit", 10)
                .get("/api/v1/items")
                .then()
                .statusCode(200)
                .body("items", hasSize(7))
                .body("nextCursor", equalTo(null));
        given().queryParam("q", "租房")
                .get("/api/v1/items")
                .then()
                .body("items.code", equalTo(java.util.List.of("gjj-withdraw-rent")));
        given().queryParam("channel", "NOTARY")
                .get("/api/v1/items")
                .then()
                .body("items.code", equalTo(java.util.List.of("notary-second-hand-house-transfer")));
        given().queryParam("type", "01").get("/api/v1/items").then().body("items.itemType", everyItem(equalTo("01")));
    }

    @Test
    void districtFilterMeansAnOpenWindowThereAcceptsIt() {
        // Tong'an has no GJJ window at its centre, but the fund's Tong'an office handles all 17 items.
        given().queryParam("district", "350212")
                .queryParam("department", "gjj")
                .get("/api/v1/items")
                .then()
                .statusCode(200)
                .body("items", hasSize(17));
        // The free-trade zone receives delegated powers but has no service point of its own.
        given().queryParam("district", "ftz")
                .get("/api/v1/items")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void itemCarriesTheWholeStandardAndAnExampleApplication() {
        given().get("/api/v1/items/gjj-withdraw-rent?at=2025-06-01")
                .then()
                .statusCode(200)
                .body("item.name.zh", equalTo("租房提取住房公积金"))
                .body("version.number", equalTo(1))
                .body("version.standard.parameters.rentCapPerMonth", equalTo(1500.0f))
                .body("version.standard.form.type", equalTo("object"))
                .body("version.standard.example.form.monthlyRent", notNullValue())
                .body("version.standard.flow.code", equalTo(java.util.List.of("accept", "review", "decide")));
        given().get("/api/v1/items/gjj-withdraw-rent?at=2026-03-01")
                .then()
                .statusCode(200)
                .body("version.number", equalTo(2))
                .body("version.standard.parameters.rentCapPerMonth", equalTo(2000.0f));
        given().get("/api/v1/items/gjj-withdraw-rent/versions").then().body("number", equalTo(java.util.List.of(1, 2)));
    }

    @Test
    void readsAreCacheable() {
        var first = given().get("/api/v1/items/gjj-withdraw-retirement")
                .then()
                .statusCode(200)
                .extract();
        String etag = first.header("ETag");
        org.assertj.core.api.Assertions.assertThat(first.header("Cache-Control"))
                .contains("max-age");
        given().header("If-None-Match", etag)
                .get("/api/v1/items/gjj-withdraw-retirement")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"other\"")
                .get("/api/v1/items/gjj-withdraw-retirement")
                .then()
                .statusCode(200);
    }

    @Test
    void unknownItemOrNoVersionInForceIs404() {
        given().get("/api/v1/items/no-such-item")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(equalTo(null)));
        given().get("/api/v1/items/gjj-withdraw-rent?at=2024-06-01").then().statusCode(404);
    }
}
