package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ApplicantFacts;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.Channel;

/** What rules may know of an applicant, from the intake alone. */
class IntakeTest {

    /** A woman born 1975-06-01 (even 17th digit): as a former 50-category worker she retires 2025-09-01. */
    static final String WOMAN_1975 = "350205197506010025";
    /** A man born 1965-01-15: he retires at 60 years and 1 month, on 2025-02-15. */
    static final String MAN_1965 = "350205196501150016";

    static Intake person(String idNumber, String agentIdNumber) {
        return new Intake(
                "clerk", Channel.WINDOW, ApplicantKind.PERSON, "某人", idNumber, null, null, agentIdNumber, "p", null);
    }

    @Test
    void statutoryRetirementByCategoryOnBothSidesOfTheDay() {
        ApplicantFacts before = person(WOMAN_1975, null).facts("350205", LocalDate.of(2025, 8, 31));
        ApplicantFacts on = person(WOMAN_1975, null).facts("350205", LocalDate.of(2025, 9, 1));
        assertThat(before.retirementAgeReached())
                .isEqualTo(Map.of("male-60", false, "female-55", false, "female-50", false));
        assertThat(on.retirementAgeReached())
                .isEqualTo(Map.of("male-60", false, "female-55", false, "female-50", true));
        assertThat(on.age()).isEqualTo(50);
        assertThat(on.district()).isEqualTo("350205");
        assertThat(on.agent()).isFalse();
        // Age alone is not the rule: at 60 a man born in January 1965 has not yet retired.
        ApplicantFacts man = person(MAN_1965, null).facts(null, LocalDate.of(2025, 2, 14));
        assertThat(man.age()).isEqualTo(60);
        assertThat(man.retirementAgeReached()).containsEntry("male-60", false);
        assertThat(person(MAN_1965, null).facts(null, LocalDate.of(2025, 2, 15)).retirementAgeReached())
                .containsEntry("male-60", true)
                .containsEntry("female-55", false);
    }

    @Test
    void anOrganisationHasNoAgeAndActsThroughAnAgent() {
        var company = new Intake(
                "citizen",
                Channel.WEB,
                ApplicantKind.ORGANISATION,
                "某公司",
                null,
                "914403001922038216",
                "陈晓明",
                "350205199003071239",
                null,
                null);
        ApplicantFacts facts = company.facts(null, LocalDate.of(2026, 3, 2));
        assertThat(facts.kind()).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(facts.age()).isNull();
        assertThat(facts.retirementAgeReached()).isNull();
        assertThat(facts.agent()).isTrue();
        assertThat(company.serviceObject()).hasValue("2");
        assertThat(person(MAN_1965, "350205199003071239").serviceObject()).hasValue("1");
    }
}
