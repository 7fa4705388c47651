package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.accepted;
import static org.tongban.cases.actions.Fixtures.on;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;

class SupplyOwedTest {

    private final SupplyOwed supply = ActionTable.SUPPLY_OWED;

    private static org.tongban.cases.Application owing() {
        var a = accepted("2026-03-02", PLANT);
        a.owedMaterials = "[\"eia-approval\"]";
        return a;
    }

    @Test
    void handedInWhileTheCaseIsHandledAndItStaysWhereItIs() {
        assertThat(supply.from())
                .containsExactlyInAnyOrder(
                        ApplicationState.RECEIVED,
                        ApplicationState.ACCEPTED,
                        ApplicationState.IN_REVIEW,
                        ApplicationState.SPECIAL_PROCEDURE);
        assertThat(supply.to().after(owing())).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(supply.parties())
                .containsExactlyInAnyOrder(Party.APPLICANT, Party.HANDLING_CLERK, Party.RECEIVING_CLERK);
    }

    @Test
    void anOwedMaterialIsNoLongerOwed() {
        var a = owing();
        var notice = supply.take(
                a,
                new SupplyOwed.Request(List.of(new OfferedMaterial("eia-approval", "FILE:eia-1")), null),
                on("2026-03-04", PLANT));
        assertThat(notice.supplied()).containsExactly("eia-approval");
        assertThat(notice.stillOwed()).isEmpty();
        assertThat(OwedMaterials.of(a, Fixtures.CODEC)).isEmpty();
        assertThat(a.materials).contains("FILE:eia-1");
    }

    @Test
    void onlyWhatIsOwedAndProperlyReferenced() {
        var a = owing();
        assertThatThrownBy(() -> supply.take(
                        a,
                        new SupplyOwed.Request(
                                List.of(
                                        new OfferedMaterial("site-plan", "FILE:s"),
                                        new OfferedMaterial("eia-approval", "somewhere")),
                                null),
                        on("2026-03-04", PLANT)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("materials[0].code", "materials[1].reference"));
        assertThat(OwedMaterials.of(a, Fixtures.CODEC)).containsExactly("eia-approval");
    }
}
