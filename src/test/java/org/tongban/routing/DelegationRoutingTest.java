package org.tongban.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.delegation.DelegationRegister;
import org.tongban.delegation.DelegationView;
import org.tongban.testing.Api;
import org.tongban.testing.TestClock;

/**
 * The delegation register routes, on both sides of its effective dates: Haicang holds the GJJ items
 * from 2025-06-08, a district-held case is decided by that district's reviewers, and when an entry
 * ends, open cases keep the holder they were routed to while new cases follow the register.
 */
@QuarkusTest
class DelegationRoutingTest {

    @Inject
    TestClock clock;

    @Inject
    DelegationRegister register;

    private DelegationView restore;

    @AfterEach
    void resetClockAndRegister() {
        clock.reset();
        if (restore != null) {
            register.save(restore);
            restore = null;
        }
    }

    static String submitRent() {
        return Api.submit("citizen-chen", Api.rentWithdrawal(2500));
    }

    static DelegationView haicangRent() {
        return Api.as("citizen-chen")
                .queryParam("item", "gjj-withdraw-rent")
                .queryParam("district", "350205")
                .queryParam("at", "2026-03-02")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getObject("[0]", DelegationView.class);
    }

    /** The entry as written (no number), with another last day in force. */
    static DelegationView ending(DelegationView entry, LocalDate validTo) {
        return new DelegationView(
                null,
                entry.item(),
                entry.district(),
                entry.holder(),
                entry.level(),
                entry.powerSource(),
                entry.delegatedFrom(),
                entry.legalBasis(),
                entry.validFrom(),
                validTo,
                entry.receivedAt(),
                entry.handledBy());
    }

    @Test
    void theDayBeforeTheHaicangDelegationTheCityCentreHandlesIt() {
        clock.set(LocalDateTime.of(2025, 6, 7, 10, 0));
        String number = submitRent();
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + number + "/routing")
                .then()
                .statusCode(200)
                .body("handlingPoint", equalTo("city-centre"))
                .body("holderDistrict", equalTo("350200"))
                .body("delegation.district", equalTo("350200"))
                .body(
                        "candidates.find { it.point == 'haicang-centre' }.excludedBecause",
                        equalTo("not delegated on 2025-06-07"));
        Api.as("reviewer-gjj-city").get("/api/v1/applications/" + number).then().statusCode(200);
        Api.as("reviewer-gjj").get("/api/v1/applications/" + number).then().statusCode(404);
    }

    @Test
    void fromTheEffectiveDateHaicangHandlesItAndTheRoutingNamesTheDelegation() {
        clock.set(LocalDateTime.of(2025, 6, 8, 10, 0));
        String number = submitRent();
        DelegationView entry = haicangRent();
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + number + "/routing")
                .then()
                .statusCode(200)
                .body("handlingPoint", equalTo("haicang-centre"))
                .body("delegation.id", equalTo(entry.id().intValue()))
                .body("delegation.validFrom", equalTo("2025-06-08"))
                .body("delegation.powerSource", equalTo("2"))
                .body("delegation.legalBasis.zh", equalTo(entry.legalBasis().zh()))
                .body("explanation", org.hamcrest.Matchers.containsString("under delegation #" + entry.id()));
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + number)
                .then()
                .body("routing.delegation", equalTo(entry.id().intValue()))
                .body("routing.holderDistrict", equalTo("350205"));
    }

    @Test
    void aDistrictHeldCaseIsDecidedByThatDistrictsReviewersOnly() {
        String number = submitRent();
        Api.act("clerk-haicang", number, Map.of("action", "ACCEPT")).statusCode(200);
        Api.as("reviewer-gjj-city").get("/api/v1/applications/" + number).then().statusCode(404);
        given().auth()
                .oauth2(org.tongban.testing.Tokens.of("reviewer-gjj-city", "tongban-clerk"))
                .header("If-Match", "\"1\"")
                .contentType("application/json")
                .body(Map.of("action", "ADVANCE"))
                .post("/api/v1/applications/" + number + "/actions")
                .then()
                .statusCode(404);
        Api.as("reviewer-gjj-city")
                .get("/api/v1/applications?limit=100")
                .then()
                .statusCode(200)
                .body("items.number", not(hasItem(number)));
        Api.as("reviewer-gjj")
                .get("/api/v1/applications?limit=100")
                .then()
                .statusCode(200)
                .body("items.number", hasItem(number));
        Api.act("reviewer-gjj", number, Map.of("action", "ADVANCE")).statusCode(200);
    }

    @Test
    void whenTheDelegationEndsOpenCasesStayAndNewCasesFollowTheRegister() {
        DelegationView entry = haicangRent();
        restore = ending(entry, null);
        register.save(ending(entry, LocalDate.of(2026, 5, 31)));

        clock.set(LocalDateTime.of(2026, 5, 29, 10, 0));
        String open = submitRent();
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + open)
                .then()
                .body("handled.point", equalTo("haicang-centre"))
                .body("routing.delegation", equalTo(entry.id().intValue()));

        clock.set(LocalDateTime.of(2026, 6, 1, 10, 0));
        String later = submitRent();
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + later)
                .then()
                .body("handled.point", equalTo("city-centre"))
                .body("routing.holderDistrict", equalTo("350200"));
        // The open case stays where it was routed, under the entry it was routed under.
        Api.act("clerk-haicang", open, Map.of("action", "ACCEPT")).statusCode(200);
        Api.act("reviewer-gjj", open, Map.of("action", "ADVANCE")).statusCode(200);
        Api.as("reviewer-gjj-city").get("/api/v1/applications/" + open).then().statusCode(404);
        Api.as("citizen-chen")
                .get("/api/v1/applications/" + open)
                .then()
                .body("handled.point", equalTo("haicang-centre"))
                .body("routing.delegation", equalTo(entry.id().intValue()));
    }
}
