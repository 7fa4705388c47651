package org.tongban.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Tokens;

/** Drafts, publishing and immutability through the admin API, with every change audited. */
@QuarkusTest
class CatalogAdminResourceTest {

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
    }

    static Map<String, Object> header(String code) {
        return Map.of(
                "code", code,
                "name", Map.of("zh", "测试事项", "en", "Test item"),
                "department", "test-department",
                "category", "test-category",
                "field", "livelihood",
                "itemType", "20",
                "exerciseLevel", "3",
                "serviceObjects", java.util.List.of("1"));
    }

    /** The seeded rent version as a body, optionally broken. */
    static ObjectNode rentVersion(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode json = CatalogFixtures.YAML.valueToTree(
                SeedCatalogTest.seeded("gjj-withdraw-rent").versions().get(0));
        json.remove("validTo");
        change.accept(json);
        return json;
    }

    static String newItem() {
        String code = "test-item-" + System.nanoTime();
        admin().body(header(code)).put("/api/v1/admin/items/" + code).then().statusCode(200);
        return code;
    }

    @Test
    void draftThenPublishThenImmutable() {
        String code = newItem();
        var created = admin().body(rentVersion(v -> {}))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then();
        created.statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/admin/items/" + code + "/versions/1"))
                .body("version.status", equalTo("DRAFT"));
        String etag = created.extract().header("ETag");

        admin().header("If-Match", etag)
                .body(rentVersion(v -> v.put("yellowThreshold", 2)))
                .put("/api/v1/admin/items/" + code + "/versions/1")
                .then()
                .statusCode(200);
        admin().header("If-Match", etag)
                .body(rentVersion(v -> {}))
                .put("/api/v1/admin/items/" + code + "/versions/1")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        admin().body(rentVersion(v -> {}))
                .put("/api/v1/admin/items/" + code + "/versions/1")
                .then()
                .statusCode(428);

        admin().post("/api/v1/admin/items/" + code + "/versions/1/publish")
                .then()
                .statusCode(200)
                .body("version.status", equalTo("PUBLISHED"));
        given().get("/api/v1/items/" + code).then().statusCode(200).body("version.number", equalTo(1));

        String current = admin().get("/api/v1/admin/items/" + code + "/versions/1")
                .then()
                .extract()
                .header("ETag");
        admin().header("If-Match", current)
                .body(rentVersion(v -> {}))
                .put("/api/v1/admin/items/" + code + "/versions/1")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/version-published"));
        admin().post("/api/v1/admin/items/" + code + "/versions/1/publish")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(Tokens.of("supervisor-city"))
                .queryParam("subject", "item-version:" + code + "/1")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        containsInAnyOrder(
                                "item-version.publish", "item-version.update-draft", "item-version.create-draft"))
                .body("items.actor", hasItem("admin-catalog"));
    }

    @Test
    void publishingListsEveryBrokenRule() {
        String code = newItem();
        admin().body(rentVersion(v -> {
                    ((ObjectNode) v.get("promisedLimit")).put("value", 4);
                    ((ObjectNode) v.get("fee")).put("charged", true);
                    v.putArray("channels").add("WINDOW");
                    ((ObjectNode) v.at("/example/form")).put("ownsHomeInCity", true);
                }))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then()
                .statusCode(201);
        admin().post("/api/v1/admin/items/" + code + "/versions/1/publish")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.code",
                        containsInAnyOrder(
                                "condition-not-met",
                                "promised-exceeds-statutory",
                                "zero-visits-without-remote-channel",
                                "fee-without-basis",
                                "fee-without-items"));
        given().get("/api/v1/items/" + code).then().statusCode(404);
    }

    @Test
    void overlappingVersionsCannotBothBePublished() {
        String code = newItem();
        admin().body(rentVersion(v -> {}))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then()
                .statusCode(201);
        admin().post("/api/v1/admin/items/" + code + "/versions/1/publish")
                .then()
                .statusCode(200);
        admin().body(rentVersion(v -> v.put("validFrom", "2026-01-01")))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then()
                .statusCode(201);
        admin().post("/api/v1/admin/items/" + code + "/versions/2/publish")
                .then()
                .statusCode(422)
                .body("errors.code", equalTo(java.util.List.of("overlapping-validity")));
    }

    @Test
    void invalidFormSchemaIsRefusedNamingWhere() {
        String code = newItem();
        admin().body(rentVersion(v -> ((ObjectNode) v.at("/form/properties/monthlyRent")).put("minimum", "zero")))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("invalid-schema"))
                .body("errors.field", hasItem(startsWith("form.properties.monthlyRent")));
    }

    @Test
    void incompleteDraftListsEveryMissingField() {
        String code = newItem();
        admin().body(Map.of("validFrom", "2025-01-01"))
                .post("/api/v1/admin/items/" + code + "/versions")
                .then()
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("handlingType", "form", "flow", "example"));
    }

    @Test
    void onlyCatalogAdminsMayWrite() {
        given().auth()
                .oauth2(Tokens.of("clerk-city", "tongban-clerk"))
                .contentType(ContentType.JSON)
                .body(header("x-item"))
                .put("/api/v1/admin/items/x-item")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(header("x-item"))
                .put("/api/v1/admin/items/x-item")
                .then()
                .statusCode(401);
        admin().post("/api/v1/admin/items/no-such-item/versions/1/publish")
                .then()
                .statusCode(404);
    }
}
