package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.CatalogFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;

/**
 * The seeded retirement withdrawal follows the statutory retirement age by sex and category, or the
 * retirement certificate, never age alone; retirement, total disability and settling abroad close the
 * account (GJJ Regulations Art. 24 para. 2).
 */
class SeededRetirementTest {

    static final ApplicationCheck CHECK = new ApplicationCheck(new FormSchema(), new AcceptanceRules());
    static final ItemStandard RETIREMENT =
            SeedCatalogTest.seeded("gjj-withdraw-retirement").versions().get(0);
    static final List<OfferedMaterial> ID_AND_CARD = List.of(
            new OfferedMaterial("id-card", "E-LICENCE:ID_CARD:350205197506010025"),
            new OfferedMaterial("bank-card", "PAPER"));

    /** A woman aged 52 who has reached the former-50 category's age but not the former-55's. */
    static final ApplicantFacts WOMAN_52 = new ApplicantFacts(
            ApplicantKind.PERSON, 52, null, false, Map.of("male-60", false, "female-55", false, "female-50", true));

    /** A man aged 61 born late enough that his statutory age (60 and some months) is not reached. */
    static final ApplicantFacts MAN_61_NOT_YET = new ApplicantFacts(
            ApplicantKind.PERSON, 61, null, false, Map.of("male-60", false, "female-55", false, "female-50", false));

    static JsonNode form(String basis, String category) {
        return json("{bankAccount: '6222020402012345678', withdrawAmount: 50000, retirementBasis: " + basis
                + (category == null ? "" : ", retirementCategory: " + category) + ", closeAccount: true}");
    }

    static List<String> codes(String basis, String category, ApplicantFacts facts, List<OfferedMaterial> materials) {
        return CHECK.check(RETIREMENT, form(basis, category), facts, materials).problems().stream()
                .map(FieldError::code)
                .toList();
    }

    @Test
    void theStatutoryAgeOfTheDeclaredCategoryCounts() {
        assertThat(codes("statutory-age", "female-50", WOMAN_52, ID_AND_CARD)).isEmpty();
        assertThat(codes("statutory-age", "female-55", WOMAN_52, ID_AND_CARD)).containsExactly("condition-not-met");
    }

    @Test
    void ageAloneIsNotEnough() {
        assertThat(codes("statutory-age", "male-60", MAN_61_NOT_YET, ID_AND_CARD))
                .containsExactly("condition-not-met");
    }

    @Test
    void theRetirementCertificateIsTheOtherWayAndIsThenRequired() {
        assertThat(codes("certificate", null, MAN_61_NOT_YET, ID_AND_CARD)).containsExactly("missing-material");
        var withCertificate = new ArrayList<>(ID_AND_CARD);
        withCertificate.add(new OfferedMaterial("retirement-certificate", "FILE:tx-2025-1"));
        assertThat(codes("certificate", null, MAN_61_NOT_YET, withCertificate)).isEmpty();
    }

    @Test
    void anAgentBringsAPowerOfAttorney() {
        var agent = new ApplicantFacts(ApplicantKind.PERSON, 52, null, true, WOMAN_52.retirementAgeReached());
        assertThat(codes("statutory-age", "female-50", agent, ID_AND_CARD)).containsExactly("missing-material");
    }

    @Test
    void instantApprovalOnlyWhereAgeProvesItWhateverTheCategory() {
        var form = form("statutory-age", "female-50");
        assertThat(CHECK.instantApproval(RETIREMENT, form, WOMAN_52).approved()).isFalse();
        var woman58 = new ApplicantFacts(
                ApplicantKind.PERSON, 58, null, false, Map.of("male-60", false, "female-55", true, "female-50", true));
        assertThat(CHECK.instantApproval(RETIREMENT, form, woman58).approved()).isTrue();
    }

    @Test
    void retirementDisabilityAndSettlingAbroadCloseTheAccount() {
        for (String item : List.of("gjj-withdraw-retirement", "gjj-withdraw-disability", "gjj-withdraw-abroad")) {
            ItemStandard version = SeedCatalogTest.seeded(item).versions().get(0);
            var example = version.example().form().deepCopy();
            example.put("closeAccount", false);
            assertThat(new FormSchema().valueProblems(version.form(), example))
                    .as(item)
                    .extracting(FieldError::field)
                    .containsExactly("closeAccount");
            assertThat(version.form().get("required").toString()).as(item).contains("closeAccount");
        }
    }
}
