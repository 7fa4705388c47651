package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.etag;
import static org.tongban.cases.Cases.noticeAbout;
import static org.tongban.cases.Cases.submit;
import static org.tongban.cases.Cases.supplementOf;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.cases.actions.DeemedAcceptanceJob;
import org.tongban.testing.TestClock;
import org.tongban.testing.Uploaded;

/** Art. 32: one notice listing everything; deemed acceptance when nobody acts in five working days. */
@QuarkusTest
class SupplementTest {

    @Inject
    TestClock clock;

    @Inject
    DeemedAcceptanceJob deemedAcceptance;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneNoticeListsEverythingAndASecondOnlyConcernsWhatWasBrought() {
        String number = submit(citizen(), Cases.rent());
        var missing = List.of(
                Map.of("target", "materials.rental-contract", "problem", "请补充房屋租赁合同"),
                Map.of("target", "form.monthlyRent", "problem", "月租金与合同不一致"));
        act(clerk("clerk-haicang"), number, action("REQUEST_SUPPLEMENT", "missing", missing))
                .statusCode(200)
                .body("state", equalTo("SUPPLEMENT_REQUESTED"));
        given().auth()
                .oauth2(clerk("clerk-haicang"))
                .get("/api/v1/work-queue?limit=100")
                .then()
                .body("items.number", not(hasItem(number)));

        clock.set(LocalDateTime.of(2026, 3, 4, 10, 0));
        act(
                        citizen(),
                        number,
                        supplementOf(
                                Map.of("monthlyRent", 2400, "rentalContractNo", "ZL-2026-0001"),
                                List.of(Map.of("code", "rental-contract", "reference", Uploaded.pdf("citizen-chen")))))
                .statusCode(200)
                .body("state", equalTo("RECEIVED"))
                .body("form.monthlyRent", equalTo(2400));

        act(clerk("clerk-haicang"), number, noticeAbout("form.bankAccount", "银行卡号有误"))
                .statusCode(422)
                .body("errors[0].code", equalTo("already-notified"));
        act(clerk("clerk-haicang"), number, noticeAbout("materials.rental-contract", "合同缺少出租人签字"))
                .statusCode(200);
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .body("findAll { it.action == 'REQUEST_SUPPLEMENT' }.size()", equalTo(2))
                .body("find { it.action == 'REQUEST_SUPPLEMENT' }.details.missing.size()", equalTo(2));
    }

    @Test
    void aSupplementIsCheckedAgainstTheFormAndTheMaterialsListAndNothingChangesWhenItFails() {
        String number = submit(citizen(), Cases.rent());
        act(clerk("clerk-haicang"), number, noticeAbout("form.monthlyRent", "月租金与合同不一致"))
                .statusCode(200);
        String before = etag(citizen(), number);
        act(
                        citizen(),
                        number,
                        supplementOf(
                                Map.of("monthlyRent", -1),
                                List.of(Map.of("code", "household-register", "reference", "PAPER"))))
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("form.monthlyRent", "materials[0].code"));
        assertThat(etag(citizen(), number)).isEqualTo(before);
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("state", equalTo("SUPPLEMENT_REQUESTED"))
                .body("form.monthlyRent", not(equalTo(-1)));
    }

    @Test
    void withoutANoticeOrDecisionInFiveWorkingDaysItIsAcceptedAsOfTheReceiptDay() {
        String number = submit(citizen(), Cases.rent());
        clock.set(LocalDateTime.of(2026, 3, 9, 18, 0));
        deemedAcceptance.run();
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("state", equalTo("RECEIVED"));
        clock.set(LocalDateTime.of(2026, 3, 10, 0, 30));
        deemedAcceptance.run();
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number)
                .then()
                .body("state", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo("2026-03-02"))
                .body("deadline.promisedDue", equalTo("2026-03-03"))
                .body("deadline.warning", equalTo("RED"));
        given().auth()
                .oauth2(citizen())
                .get("/api/v1/applications/" + number + "/events")
                .then()
                .body("find { it.action == 'DEEM_ACCEPTED' }.actor", equalTo("system:deemed-acceptance"))
                .body("find { it.action == 'DEEM_ACCEPTED' }.role", equalTo("system"));
    }
}
