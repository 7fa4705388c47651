package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

class InstantApproveTest {

    private final InstantApprove instant = ActionTable.INSTANT_APPROVE;

    @Test
    void onlyTheServiceOnAReceivedApplication() {
        assertThat(instant.from()).containsExactly(ApplicationState.RECEIVED);
        assertThat(instant.parties()).containsExactly(Party.SYSTEM);
        assertThat(instant.to().after(received("2026-03-02"))).isEqualTo(ApplicationState.APPROVED);
    }

    @Test
    void whenEveryRuleHeldAndNothingIsOwed() {
        assertThat(InstantApprove.applies(List.of("rent-cap"), List.of())).isTrue();
        assertThat(InstantApprove.applies(List.of("rent-cap"), List.of("eia-approval")))
                .isFalse();
        assertThat(InstantApprove.applies(List.of(), List.of())).isFalse();
    }

    @Test
    void acceptedAndApprovedOnTheSpot() {
        var a = received("2026-03-02");
        Decision decision = instant.change(a, new InstantApprove.Payload(List.of("rent-cap")), on("2026-03-02", PLANT));
        assertThat(decision.instant()).isTrue();
        assertThat(decision.rules()).containsExactly("rent-cap");
        assertThat(a.acceptedOn).isEqualTo(d("2026-03-02"));
        assertThat(instant.counters(a, on("2026-03-02", PLANT))).isEqualTo(Counters.instantApproval());
        assertThat(instant.sms(a, decision)).isPresent();
    }

    @Test
    void neverWhileSomethingIsOwed() {
        var a = received("2026-03-02");
        a.owedMaterials = "[\"eia-approval\"]";
        assertThatThrownBy(() ->
                        instant.change(a, new InstantApprove.Payload(List.of("rent-cap")), on("2026-03-02", PLANT)))
                .isInstanceOf(IllegalStateException.class);
    }
}
