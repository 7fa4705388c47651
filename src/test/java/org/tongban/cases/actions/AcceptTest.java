package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

class AcceptTest {

    private final Accept accept = ActionTable.ACCEPT;

    @Test
    void aReceivedApplicationIsAcceptedByTheHandlingWindow() {
        assertThat(accept.from()).containsExactly(ApplicationState.RECEIVED);
        assertThat(accept.to().after(received("2026-03-02"))).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(accept.parties()).containsExactly(Party.HANDLING_CLERK);
    }

    @Test
    void theClocksStartTheStartDayNotCounted() {
        var a = received("2026-03-02");
        var notice = accept.take(a, new Accept.Request(null), on("2026-03-02", PLANT));
        assertThat(notice.acceptedOn()).isEqualTo(d("2026-03-02"));
        assertThat(a.promisedDue).isEqualTo(d("2026-03-09"));
        assertThat(a.statutoryDue).isEqualTo(d("2026-03-30"));
        assertThat(a.currentStep).isEqualTo("review");
        assertThat(a.stepDue).isEqualTo(d("2026-03-05"));
        assertThat(accept.counters(a, on("2026-03-02", PLANT))).isEqualTo(Counters.ACCEPTED);
        assertThat(accept.sms(a, notice)).isEmpty();
    }

    @Test
    void onTheLastOfTheFiveWorkingDaysItDatesFromToday() {
        var a = received("2026-03-02");
        var notice = accept.take(a, new Accept.Request(null), on("2026-03-09", PLANT));
        assertThat(notice.acceptedOn()).isEqualTo(d("2026-03-09"));
        assertThat(notice.late()).isNull();
    }

    @Test
    void afterTheFiveWorkingDaysItCountsFromTheReceiptDay() {
        var a = received("2026-03-02");
        var notice = accept.take(a, new Accept.Request(null), on("2026-03-10", PLANT));
        assertThat(notice.acceptedOn()).isEqualTo(d("2026-03-02"));
        assertThat(notice.late()).isTrue();
        assertThat(a.promisedDue).isEqualTo(d("2026-03-09"));
    }
}
