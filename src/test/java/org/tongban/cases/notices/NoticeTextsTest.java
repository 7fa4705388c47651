package org.tongban.cases.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ApplicantKind;

class NoticeTextsTest {

    @Test
    void everyTextExistsInChineseAndEnglish() {
        NoticeTexts zh = NoticeTexts.in(NoticeTexts.ISSUED_IN);
        NoticeTexts en = NoticeTexts.in(Locale.ENGLISH);
        assertThat(en.keys()).containsExactlyInAnyOrderElementsOf(zh.keys());
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(zh.title(kind)).isNotBlank().isNotEqualTo(en.title(kind));
            assertThat(zh.intro(kind)).isNotBlank();
            assertThat(zh.defaultBasis(kind)).contains("行政许可法");
        }
    }

    @Test
    void aPersonsNameIsMaskedButForItsFirstCharacterAnOrganisationsIsNot() {
        assertThat(MaskedNames.of(ApplicantKind.PERSON, "陈晓明")).isEqualTo("陈**");
        assertThat(MaskedNames.of(ApplicantKind.PERSON, "李")).isEqualTo("李*");
        assertThat(MaskedNames.of(ApplicantKind.PERSON, " Anna Lee ")).isEqualTo("A*******");
        assertThat(MaskedNames.of(ApplicantKind.PERSON, "𠀋小明")).isEqualTo("𠀋**");
        assertThat(MaskedNames.of(ApplicantKind.ORGANISATION, "厦门某某科技有限公司")).isEqualTo("厦门某某科技有限公司");
        assertThat(MaskedNames.of(ApplicantKind.PERSON, null)).isNull();
    }
}
