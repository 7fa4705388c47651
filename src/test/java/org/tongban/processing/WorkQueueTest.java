package org.tongban.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.tongban.processing.Cases.citizen;
import static org.tongban.processing.Cases.clerk;
import static org.tongban.processing.Cases.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work queues: scoped, ordered by due date then number, paginated by keyset, with counts. */
@QuarkusTest
class WorkQueueTest {

    @Test
    void theClerkQueueIsOrderedAndPagesThroughEverythingOnce() {
        for (int i = 0; i < 3; i++) {
            submit(citizen(), Cases.rent());
        }
        List<String> seen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth()
                    .oauth2(clerk("clerk-haicang"))
                    .queryParam("limit", 5)
                    .queryParam("item", "gjj-withdraw-rent");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/work-queue")
                    .then()
                    .statusCode(200)
                    .body("items.handlingPoint", everyItem(equalTo("haicang-centre")))
                    .extract()
                    .jsonPath();
            List<String> numbers = page.getList("items.number", String.class);
            List<String> dues = page.getList("items.due", String.class);
            for (int i = 0; i < numbers.size(); i++) {
                seen.add(numbers.get(i));
                keys.add(dues.get(i) + "|" + numbers.get(i));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(keys).isSorted();
    }

    @Test
    void countsPerStateAndFilters() {
        submit(citizen(), Cases.rent());
        var queue = given().auth()
                .oauth2(clerk("clerk-haicang"))
                .queryParam("state", "RECEIVED")
                .queryParam("dueBefore", "2026-03-31")
                .get("/api/v1/work-queue")
                .then()
                .statusCode(200)
                .body("items.state", everyItem(equalTo("RECEIVED")))
                .extract()
                .jsonPath();
        assertThat(queue.getInt("countsByState.RECEIVED")).isPositive();
    }

    @Test
    void reviewersSeeTheirDepartmentAndCitizensHaveNoQueue() {
        given().auth()
                .oauth2(Cases.reviewer("reviewer-gjj"))
                .get("/api/v1/work-queue")
                .then()
                .statusCode(200);
        given().auth().oauth2(citizen()).get("/api/v1/work-queue").then().statusCode(403);
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .queryParam("cursor", "garbage")
                .get("/api/v1/work-queue")
                .then()
                .statusCode(400)
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("invalid-cursor"));
    }
}
