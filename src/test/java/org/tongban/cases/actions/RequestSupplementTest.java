package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.cases.actions.Fixtures.PLANT;
import static org.tongban.cases.actions.Fixtures.d;
import static org.tongban.cases.actions.Fixtures.invalidFields;
import static org.tongban.cases.actions.Fixtures.on;
import static org.tongban.cases.actions.Fixtures.received;
import static org.tongban.cases.actions.Fixtures.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.Supplements;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;

class RequestSupplementTest {

    private final RequestSupplement request = ActionTable.REQUEST_SUPPLEMENT;

    private static RequestSupplement.Request notice(String... targets) {
        return new RequestSupplement.Request(
                java.util.Arrays.stream(targets)
                        .map(t -> new Supplements.Deficiency(t, "请补正"))
                        .toList(),
                null);
    }

    @Test
    void aNoticeListsSomething() {
        assertThat(invalidFields(new RequestSupplement.Request(List.of(), null)))
                .containsExactly("missing");
    }

    @Test
    void oneNoticeNamingOnlyWhatTheStandardHas() {
        var a = received("2026-03-02");
        assertThatThrownBy(() -> request.take(
                        a,
                        notice("form.plotRatio", "materials.tax-return", "form.colour", "bank"),
                        on("2026-03-03", PLANT)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("missing[1].target", "not-on-materials-list"),
                                org.assertj.core.groups.Tuple.tuple("missing[2].target", "not-a-form-field"),
                                org.assertj.core.groups.Tuple.tuple("missing[3].target", "invalid-target")));
        assertThat(a.supplement).isNull();
        var told = request.take(a, notice("form.plotRatio", "materials.site-plan"), on("2026-03-03", PLANT));
        assertThat(told.notice()).isEqualTo(1);
        assertThat(Supplements.of(a, Fixtures.CODEC).lastNoticeOn()).isEqualTo(d("2026-03-03"));
        assertThat(request.sms(a, told)).isPresent();
    }

    @Test
    void withinTheFiveWorkingDaysOfArticle32() {
        request.take(received("2026-03-02"), notice("form.plotRatio"), on("2026-03-09", PLANT));
        refused(
                () -> request.take(received("2026-03-02"), notice("form.plotRatio"), on("2026-03-10", PLANT)),
                "acceptance-period-over");
    }

    @Test
    void aSecondNoticeOnlyAboutWhatTheSupplementChanged() {
        var a = received("2026-03-02");
        request.take(a, notice("form.plotRatio"), on("2026-03-03", PLANT));
        a.supplement = Fixtures.CODEC.write(new Supplements.Record(
                Supplements.of(a, Fixtures.CODEC).notices(), java.util.Set.of("form.plotRatio")));
        assertThatThrownBy(() -> request.take(a, notice("form.projectName"), on("2026-03-05", PLANT)))
                .isInstanceOf(ProblemException.class);
        assertThat(request.take(a, notice("form.plotRatio"), on("2026-03-05", PLANT))
                        .notice())
                .isEqualTo(2);
    }
}
