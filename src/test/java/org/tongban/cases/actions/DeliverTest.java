package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;
import static org.tongban.cases.actions.Fixtures.refused;

import org.junit.jupiter.api.Test;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

class DeliverTest {

    private final Deliver deliver = ActionTable.DELIVER;
    private final Deliver.Request pickup = new Deliver.Request(new Deliver.WindowPickup("陈晓明"), null);

    private static Application decided(ApplicationState outcome, String owed) {
        var a = received("2026-03-02");
        a.state = outcome;
        a.owedMaterials = owed;
        return a;
    }

    @Test
    void eachWayCarriesItsProof() {
        assertThat(invalidFields(new Deliver.Request(new Deliver.Post(" ", null), null)))
                .containsExactly("delivery.trackingNumber");
        assertThat(invalidFields(new Deliver.Request(new Deliver.ECertificate(null), null)))
                .containsExactly("delivery.certificateId");
        assertThat(invalidFields(new Deliver.Request(null, null))).containsExactly("delivery");
    }

    @Test
    void theHandlingWindowCompletesADecidedCase() {
        assertThat(deliver.from()).containsExactlyInAnyOrder(ApplicationState.APPROVED, ApplicationState.REFUSED);
        assertThat(deliver.parties()).containsExactly(Party.HANDLING_CLERK);
        var a = decided(ApplicationState.APPROVED, "[]");
        assertThat(deliver.take(a, pickup, on("2026-03-10", PLANT))).isEqualTo(pickup.delivery());
        assertThat(a.completedAt).isNotNull();
        assertThat(deliver.to().after(a)).isEqualTo(ApplicationState.COMPLETED);
        assertThat(deliver.counters(a, on("2026-03-10", PLANT))).isEqualTo(Counters.COMPLETED);
    }

    @Test
    void anApprovalIsNotDeliveredWhileSomethingIsOwedARefusalIs() {
        refused(
                () -> deliver.take(
                        decided(ApplicationState.APPROVED, "[\"eia-approval\"]"), pickup, on("2026-03-10", PLANT)),
                "materials-owed");
        deliver.take(decided(ApplicationState.REFUSED, "[\"eia-approval\"]"), pickup, on("2026-03-10", PLANT));
    }
}
