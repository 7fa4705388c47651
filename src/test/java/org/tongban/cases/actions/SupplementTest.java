package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.ProblemException;

class SupplementTest {

    private final Supplement supplement = ActionTable.SUPPLEMENT;

    private static ObjectNode form(String json) {
        try {
            return (ObjectNode) Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static org.tongban.cases.Application waiting() {
        var a = received("2026-03-02");
        a.state = ApplicationState.SUPPLEMENT_REQUESTED;
        a.owedMaterials = "[\"eia-approval\"]";
        return a;
    }

    @Test
    void broughtByTheApplicantOrEitherWindow() {
        assertThat(supplement.from()).containsExactly(ApplicationState.SUPPLEMENT_REQUESTED);
        assertThat(supplement.to().after(waiting())).isEqualTo(ApplicationState.RECEIVED);
        assertThat(supplement.parties())
                .containsExactlyInAnyOrder(Party.APPLICANT, Party.HANDLING_CLERK, Party.RECEIVING_CLERK);
    }

    @Test
    void aSupplementBringsSomething() {
        assertThat(invalidFields(new Supplement.Request(null, List.of(), null))).containsExactly("formOrMaterials");
        assertThat(invalidFields(new Supplement.Request(form("{\"plotRatio\":3}"), null, null)))
                .isEmpty();
    }

    @Test
    void mergedInAndTheFiveDaysStartAgain() {
        var a = waiting();
        var notice = supplement.take(
                a,
                new Supplement.Request(
                        form("{\"plotRatio\":3.0}"), List.of(new OfferedMaterial("eia-approval", "FILE:eia")), null),
                on("2026-03-05", PLANT));
        assertThat(notice.changed()).containsExactlyInAnyOrder("form.plotRatio", "materials.eia-approval");
        assertThat(a.form).contains("\"plotRatio\":3.0").contains("海沧");
        assertThat(a.owedMaterials).isEqualTo("[]");
        assertThat(a.materialsReceivedOn).isEqualTo(d("2026-03-05"));
    }

    @Test
    void whatDoesNotFitTheStandardChangesNothing() {
        var a = waiting();
        assertThatThrownBy(() -> supplement.take(
                        a,
                        new Supplement.Request(
                                form("{\"plotRatio\":9}"), List.of(new OfferedMaterial("tax-return", "PAPER")), null),
                        on("2026-03-05", PLANT)))
                .isInstanceOf(ProblemException.class);
        assertThat(a.form).contains("2.5");
        assertThat(a.materialsReceivedOn).isEqualTo(d("2026-03-02"));
    }
}
