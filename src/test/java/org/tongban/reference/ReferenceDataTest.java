package org.tongban.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.tongban.audit.Actor;
import org.tongban.network.NetworkAdmin;
import org.tongban.network.NetworkQueries;
import org.tongban.network.WindowChange;
import org.tongban.network.WindowView;

/**
 * The network, catalogue, register and calendar are served from memory: an admin change is seen at
 * once by the instance that made it, and by every other instance within the version check's
 * second; data changed without its version row is not seen (the snapshot really is a snapshot).
 */
@QuarkusTest
class ReferenceDataTest {

    private static final String WINDOW = "jimei-centre-gjj-01";
    private static final String POINT = "jimei-centre";
    private static final String ITEM = "gjj-withdraw-rent";
    private static final String RENAMED = "Renamed by another instance";

    @Inject
    NetworkQueries network;

    @Inject
    NetworkAdmin admin;

    @Inject
    EntityManager em;

    @Test
    void anAdminChangeIsSeenAtOnceByItsOwnInstance() {
        WindowView before = window();
        try {
            admin.updateWindow(
                    Actor.system("test"), WINDOW, new WindowChange(false, before.items(), before.categories()));
            assertThat(window().open()).isFalse();
            given().get("/api/v1/service-points/" + POINT)
                    .then()
                    .statusCode(200)
                    .body("windows.find { it.code == '" + WINDOW + "' }.open", org.hamcrest.Matchers.equalTo(false));
        } finally {
            admin.updateWindow(
                    Actor.system("test"), WINDOW, new WindowChange(true, before.items(), before.categories()));
        }
        assertThat(window().open()).isTrue();
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsSeenWithinTheVersionCheck() {
        assertThat(window().open()).isTrue();
        try {
            // What another instance's admin transaction commits: the rows, and the version row.
            sql("UPDATE service_window SET is_open = FALSE WHERE code = '" + WINDOW + "'");
            pause(Duration.ofMillis(1500));
            assertThat(window().open())
                    .as("a row changed without its version is not seen: reads come from memory")
                    .isTrue();
            sql("UPDATE reference_version SET version = version + 1 WHERE name = 'network'");
            assertThat(within(Duration.ofSeconds(3), () -> !window().open()))
                    .as("seen within the check's second (and the rebuild)")
                    .isTrue();
        } finally {
            sql("UPDATE service_window SET is_open = TRUE WHERE code = '" + WINDOW + "'");
            sql("UPDATE reference_version SET version = version + 1 WHERE name = 'network'");
        }
        assertThat(within(Duration.ofSeconds(3), () -> window().open())).isTrue();
    }

    @Test
    void aCataloguePageKeptRenderedFollowsAChangeCommittedByAnotherInstance() {
        assertThat(listedName()).isNotEqualTo(RENAMED);
        String original = listedName();
        try {
            sql("UPDATE service_item SET name_en = '" + RENAMED + "' WHERE code = '" + ITEM + "'");
            pause(Duration.ofMillis(1500));
            assertThat(listedName())
                    .as("the page rendered before is kept: it comes from memory")
                    .isEqualTo(original);
            sql("UPDATE reference_version SET version = version + 1 WHERE name = 'catalog'");
            assertThat(within(Duration.ofSeconds(3), () -> RENAMED.equals(listedName())))
                    .as("rendered again within the check's second")
                    .isTrue();
        } finally {
            sql("UPDATE service_item SET name_en = '" + original + "' WHERE code = '" + ITEM + "'");
            sql("UPDATE reference_version SET version = version + 1 WHERE name = 'catalog'");
        }
        assertThat(within(Duration.ofSeconds(3), () -> original.equals(listedName())))
                .isTrue();
    }

    private static String listedName() {
        return given().queryParam("q", ITEM)
                .get("/api/v1/items")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == '" + ITEM + "' }.name.en");
    }

    @Test
    void aCataloguePreconditionIsAnsweredFromMemory() {
        String tag = given().get("/api/v1/items/gjj-withdraw-rent")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", tag)
                .get("/api/v1/items/gjj-withdraw-rent")
                .then()
                .statusCode(304);
    }

    private WindowView window() {
        return network.servicePoint(POINT).windows().stream()
                .filter(w -> w.code().equals(WINDOW))
                .findFirst()
                .orElseThrow();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private static boolean within(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            pause(Duration.ofMillis(50));
        }
        return condition.getAsBoolean();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
