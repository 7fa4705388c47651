package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.accepted;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.refused;

import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.Messages;

/** Art. 42: once, at most the item's allowance, within the statutory period, by a department head, told. */
class ExtendTest {

    private final Extend extend = ActionTable.EXTEND;

    /** The plant rebuild (statutory 20 working days, accepted 03-02: due 03-30). */
    private static org.tongban.cases.Application plantAccepted() {
        var a = Fixtures.accepted("2026-03-02", PLANT);
        assertThat(a.statutoryDue).isEqualTo(d("2026-03-30"));
        return a;
    }

    @Test
    void aDepartmentHeadApprovesItWithAReason() {
        assertThat(extend.parties()).containsExactly(Party.DEPARTMENT_HEAD);
        assertThat(extend.from()).containsExactlyInAnyOrder(ApplicationState.ACCEPTED, ApplicationState.IN_REVIEW);
        assertThat(extend.to().after(plantAccepted())).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(invalidFields(new Extend.Request(null, " ", null))).containsExactlyInAnyOrder("days", "reason");
    }

    @Test
    void tenWorkingDaysByDefaultNotEleven() {
        var notice = extend.take(plantAccepted(), new Extend.Request(10, "需现场核查", null), on("2026-03-20", PLANT));
        assertThat(notice.statutoryDue()).isEqualTo(d("2026-04-14"));
        assertThat(notice.statutoryDueBefore()).isEqualTo(d("2026-03-30"));
        assertThat(notice.legalBasis()).contains("第四十二条");
        refused(
                () -> extend.take(plantAccepted(), new Extend.Request(11, "需现场核查", null), on("2026-03-20", PLANT)),
                "validation-failed");
    }

    @Test
    void theItemsStandardMayAllowFifteenForJointHandling() {
        ItemStandard joint = Fixtures.with(
                PLANT,
                json -> json.putObject("extension").put("workingDays", 15).put("legalBasis", "《中华人民共和国行政许可法》第四十二条第二款"));
        var notice = extend.take(
                accepted("2026-03-02", joint), new Extend.Request(15, "联合办理", null), on("2026-03-20", joint));
        assertThat(notice.days()).isEqualTo(15);
        assertThat(notice.legalBasis()).contains("第二款");
        refused(
                () -> extend.take(
                        accepted("2026-03-02", joint), new Extend.Request(16, "联合办理", null), on("2026-03-20", joint)),
                "validation-failed");
    }

    @Test
    void onlyOnce() {
        var a = plantAccepted();
        a.extensionDays = extend.take(a, new Extend.Request(5, "需现场核查", null), on("2026-03-20", PLANT))
                .days();
        refused(() -> extend.take(a, new Extend.Request(5, "再延", null), on("2026-03-23", PLANT)), "already-extended");
    }

    @Test
    void decidedAtTheLatestOnTheStatutoryDueDate() {
        extend.take(plantAccepted(), new Extend.Request(10, "需现场核查", null), on("2026-03-30", PLANT));
        refused(
                () -> extend.take(plantAccepted(), new Extend.Request(10, "需现场核查", null), on("2026-03-31", PLANT)),
                "statutory-period-over");
    }

    @Test
    void theApplicantIsToldTheReasonBySms() {
        var a = plantAccepted();
        var notice = extend.take(a, new Extend.Request(10, "需现场核查", null), on("2026-03-20", PLANT));
        assertThat(extend.sms(a, notice))
                .hasValueSatisfying(sms ->
                        assertThat(Messages.text(Messages.CHINESE, sms)).contains("10个工作日", "2026-04-14", "需现场核查"));
    }
}
