package org.tongban.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.common.LocalizedText;

/** Who holds an item under an entry, in whose name it decides, and on which days. */
class DelegationViewTest {

    static final LocalizedText HOLDER = new LocalizedText("受托机关", "entrusted body");
    static final LocalizedText FROM = new LocalizedText("委托机关", "entrusting body");

    static DelegationView entry(String district, String level, String powerSource) {
        return new DelegationView(
                7L,
                "gjj-withdraw-rent",
                district,
                HOLDER,
                level,
                powerSource,
                FROM,
                new LocalizedText("依据", "basis"),
                LocalDate.of(2025, 6, 8),
                LocalDate.of(2026, 5, 31),
                "haicang-centre",
                "haicang-centre");
    }

    @ParameterizedTest(name = "{0} at level {1}: held for {2}")
    @CsvSource({
        "350205, 4, 350205", // a district body
        "ftz, 4, ftz", // a zone's committee
        "350212, 3, 350200", // a city body's office in a district is still the city
        "350200, 3, 350200"
    })
    void theHolderAreaFollowsTheExerciseLevel(String district, String level, String area) {
        assertThat(entry(district, level, "2").holderArea()).isEqualTo(area);
    }

    @ParameterizedTest(name = "power source {0}: decided in the name of the {1}")
    @CsvSource({"1, holder", "2, holder", "3, holder", "4, holder", "5, entrusting", "6, entrusting"})
    void anEntrustedBodyDecidesInTheEntrustingBodysName(String powerSource, String who) {
        assertThat(entry("350205", "4", powerSource).decidesInNameOf()).isEqualTo(who.equals("holder") ? HOLDER : FROM);
    }

    @ParameterizedTest
    @CsvSource({"2025-06-07, false", "2025-06-08, true", "2026-05-31, true", "2026-06-01, false"})
    void inForceFromItsFirstToItsLastDayInclusive(LocalDate day, boolean inForce) {
        assertThat(entry("350205", "4", "2").inForceOn(day)).isEqualTo(inForce);
    }
}
