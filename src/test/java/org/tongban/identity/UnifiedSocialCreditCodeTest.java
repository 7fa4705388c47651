package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /** Codes printed on real business licences, each with its own check character. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "914403001922038216", // 华为技术有限公司 (check character 6)
                "9144030071526726XG", // 深圳市腾讯计算机系统有限公司 (check character G)
                "91110108551385082Q", // 小米科技有限责任公司 (check character Q)
                "91330100716105852F" // 阿里巴巴（中国）有限公司 (check character F)
            })
    void acceptsRealCodes(String code) {
        assertThat(UnifiedSocialCreditCode.parse(code))
                .map(UnifiedSocialCreditCode::value)
                .hasValue(code);
        assertThat(UnifiedSocialCreditCode.checkCharacter(code)).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "914403001922038217", // wrong check character
                "914403001922038226", // one identifier digit changed
                "9144030071526726XZ", // Z is not in the alphabet
                "9144030071526726I0", // neither is I
                "91440300192203821", // too short
                "91AB03001922038216", // the division code is digits
            })
    void rejectsMalformedCodesAndWrongCheckCharacters(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "914403001922038216, 2", // enterprise
        "12100000400000624D, 3", // public institution
        "51100000500000154K, 4", // social organisation
        "11100000000013127B, 5", // administrative organ
        "92350203MA2Y0E1X5U, 6" // sole trader
    })
    void serviceObjectFollowsTheRegisteringAuthorityAndCategory(String prefix, String object) {
        String code = prefix.substring(0, 17) + UnifiedSocialCreditCode.checkCharacter(prefix);
        assertThat(UnifiedSocialCreditCode.parse(code).orElseThrow().serviceObject())
                .isEqualTo(object);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726xg", " 9144030071526726XG "})
    void lowerCaseAndSurroundingSpacesAreNormalised(String code) {
        assertThat(UnifiedSocialCreditCode.parse(code))
                .map(UnifiedSocialCreditCode::value)
                .hasValue("9144030071526726XG");
    }
}
