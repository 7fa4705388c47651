package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void acceptsAWellFormedNumberWithItsCheckDigit() {
        var id = ResidentId.parse("350205199003071239").orElseThrow();
        assertThat(id.divisionCode()).isEqualTo("350205");
        assertThat(id.birthDate()).hasToString("1990-03-07");
    }

    @Test
    void acceptsCheckCharacterXInLowerCase() {
        // 11010519491231002X is the standard's own example.
        assertThat(ResidentId.parse("11010519491231002x"))
                .map(ResidentId::value)
                .hasValue("11010519491231002X");
    }

    @Test
    void rejectsWrongCheckDigitImpossibleDateAndWrongShape() {
        assertThat(ResidentId.isValid("350205199003071238")).isFalse();
        assertThat(ResidentId.isValid("350205199002301234")).isFalse();
        assertThat(ResidentId.isValid("35020519900307123")).isFalse();
        assertThat(ResidentId.isValid("35020519900307123A")).isFalse();
        assertThat(ResidentId.isValid(null)).isFalse();
    }

    @Test
    void masksAllButTheFirstSixAndLastFour() {
        assertThat(ResidentId.mask("350205199003071239")).isEqualTo("350205********1239");
        assertThat(ResidentId.parse("350205199003071239").orElseThrow()).hasToString("350205********1239");
    }
}
