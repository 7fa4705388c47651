package org.tongban.cases.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void aCodeIs26Base32CharactersInGroupsAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.generate();
            assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}-[0-9A-Z]{6}").doesNotContain("I", "L", "O", "U");
            assertThat(VerificationCodes.wellFormed(code)).isTrue();
            assertThat(seen.add(code)).isTrue();
        }
        // 26 characters of 32 symbols: 130 bits
        assertThat(VerificationCodes.LENGTH * 5).isGreaterThanOrEqualTo(128);
    }

    @Test
    void whatIsTypedOffThePaperHashesLikeWhatWasPrinted() {
        String printed = "7K3QZ-M9X2T-4HBVA-0PQRS-1WXYZ5";
        String hash = VerificationCodes.hash(printed);
        assertThat(VerificationCodes.hash("7k3qz m9x2t 4hbva opqrs iwxyz5")).isEqualTo(hash);
        assertThat(VerificationCodes.hash("7K3QZM9X2T4HBVA0PQRSLWXYZ5")).isEqualTo(hash);
        assertThat(hash).hasSize(64).isNotEqualTo(VerificationCodes.hash("7K3QZ-M9X2T-4HBVA-0PQRS-1WXYZ6"));
    }

    @Test
    void somethingThatCannotBeACodeIsNotLookedUp() {
        assertThat(VerificationCodes.wellFormed("")).isFalse();
        assertThat(VerificationCodes.wellFormed("7K3QZ-M9X2T")).isFalse();
        assertThat(VerificationCodes.wellFormed("7K3QZ-M9X2T-4HBVA-0PQRS-1WXYZU"))
                .isFalse();
        assertThat(VerificationCodes.wellFormed("7K3QZ-M9X2T-4HBVA-0PQRS-1WXYZ5-6"))
                .isFalse();
    }
}
