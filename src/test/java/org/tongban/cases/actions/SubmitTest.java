package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.on;

import org.junit.jupiter.api.Test;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;
import org.tongban.routing.RoutingRule;

class SubmitTest {

    private final Submit submit = ActionTable.SUBMIT;

    @Test
    void aNewCaseIsReceivedByItsSubmitter() {
        assertThat(submit.from()).as("nothing before it").isEmpty();
        assertThat(submit.to().after(new Application())).isEqualTo(ApplicationState.RECEIVED);
        assertThat(submit.parties())
                .containsExactlyInAnyOrder(Party.APPLICANT, Party.RECEIVING_CLERK, Party.RECEIVING_OUTLET);
    }

    @Test
    void theReceiptDayStartsArticle32sFiveDays() {
        var a = new Application();
        var payload = new Submit.Payload(RoutingRule.values()[0], true);
        assertThat(submit.change(a, payload, on("2026-03-02", PLANT))).isEqualTo(payload);
        assertThat(a.receivedOn).isEqualTo(d("2026-03-02"));
        assertThat(a.materialsReceivedOn).isEqualTo(d("2026-03-02"));
        assertThat(submit.counters(a, on("2026-03-02", PLANT))).isEqualTo(Counters.RECEIVED);
    }
}
