package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the annexed tables of the NPC Standing Committee's decision of 13 September 2024. */
class StatutoryRetirementTest {

    @ParameterizedTest(name = "{0} born {1}: retires {2} (+{3} months)")
    @CsvSource({
        // men: +1 month per 4 months of birth from 1965-01, up to 63
        "MALE_60, 1964-12-15, 2024-12-15, 0",
        "MALE_60, 1965-01-15, 2025-02-15, 1",
        "MALE_60, 1965-04-30, 2025-05-30, 1",
        "MALE_60, 1965-05-01, 2025-07-01, 2",
        "MALE_60, 1966-01-10, 2026-05-10, 4",
        "MALE_60, 1976-12-01, 2039-12-01, 36",
        "MALE_60, 1990-03-07, 2053-03-07, 36",
        // women formerly 55: same pace from 1970-01, up to 58
        "FEMALE_55, 1969-12-31, 2024-12-31, 0",
        "FEMALE_55, 1970-01-20, 2025-02-20, 1",
        "FEMALE_55, 1970-06-01, 2025-08-01, 2",
        "FEMALE_55, 1981-12-01, 2039-12-01, 36",
        // women formerly 50: +1 month per 2 months of birth from 1975-01, up to 55
        "FEMALE_50, 1974-12-01, 2024-12-01, 0",
        "FEMALE_50, 1975-01-01, 2025-02-01, 1",
        "FEMALE_50, 1975-06-01, 2025-09-01, 3",
        "FEMALE_50, 1976-06-01, 2027-03-01, 9",
        "FEMALE_50, 1984-11-01, 2039-11-01, 60",
        "FEMALE_50, 1988-06-15, 2043-06-15, 60"
    })
    void followsTheAnnexedTables(StatutoryRetirement category, LocalDate born, LocalDate retires, int delay) {
        assertThat(category.delayMonths(born)).isEqualTo(delay);
        assertThat(category.reachedOn(born)).isEqualTo(retires);
        assertThat(category.reached(born, retires)).isTrue();
        assertThat(category.reached(born, retires.minusDays(1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"350205199003071239, true", "350203198806152465, false"})
    void sexFromTheSeventeenthDigit(String id, boolean male) {
        assertThat(ResidentId.parse(id).orElseThrow().isMale()).isEqualTo(male);
    }
}
