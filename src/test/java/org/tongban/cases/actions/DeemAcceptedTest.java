package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.CALENDAR;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;
import org.tongban.cases.clock.CaseClock;

class DeemAcceptedTest {

    private final DeemAccepted deem = ActionTable.DEEM_ACCEPTED;

    @Test
    void onlyTheServiceDeemsAcceptance() {
        assertThat(deem.from()).containsExactly(ApplicationState.RECEIVED);
        assertThat(deem.parties()).containsExactly(Party.SYSTEM);
    }

    @Test
    void dueTheDayAfterTheFifthWorkingDay() {
        var clock = new CaseClock(CALENDAR);
        assertThat(DeemAccepted.isDue(d("2026-03-02"), clock, d("2026-03-09"))).isFalse();
        assertThat(DeemAccepted.isDue(d("2026-03-02"), clock, d("2026-03-10"))).isTrue();
        // received before Spring Festival: the holiday does not count
        // 02-13, 02-14 (a make-up Saturday), 02-24, 02-25, 02-26
        assertThat(DeemAccepted.isDue(d("2026-02-12"), clock, d("2026-02-26"))).isFalse();
        assertThat(DeemAccepted.isDue(d("2026-02-12"), clock, d("2026-02-27"))).isTrue();
    }

    @Test
    void acceptedAsOfTheReceiptDay() {
        var a = received("2026-03-02");
        var notice = deem.change(a, new DeemAccepted.Payload(), on("2026-03-10", PLANT));
        assertThat(notice.acceptedOn()).isEqualTo(d("2026-03-02"));
        assertThat(a.promisedDue).isEqualTo(d("2026-03-09"));
        assertThat(deem.counters(a, on("2026-03-10", PLANT))).isEqualTo(Counters.ACCEPTED);
    }

    @Test
    void neverWhileTheFiveDaysRun() {
        assertThatThrownBy(
                        () -> deem.change(received("2026-03-02"), new DeemAccepted.Payload(), on("2026-03-09", PLANT)))
                .isInstanceOf(IllegalStateException.class);
    }
}
