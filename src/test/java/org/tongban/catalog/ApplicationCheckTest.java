package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.catalog.CatalogFixtures.json;
import static org.tongban.catalog.CatalogFixtures.sampleVersion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;

class ApplicationCheckTest {

    static final ApplicationCheck CHECK = new ApplicationCheck(new FormSchema(), new AcceptanceRules());
    static final ApplicantFacts APPLICANT = new ApplicantFacts(ApplicantKind.PERSON, 35, "350205", false, null);

    @Test
    void aSupplyLaterMaterialIsOwedNotMissing() {
        var example = sampleVersion().example();
        var result = CHECK.check(sampleVersion(), example.form(), APPLICANT, example.materials());
        assertThat(result.passed()).isTrue();
        assertThat(result.owedMaterials()).containsExactly("income-proof");
    }

    @Test
    void aMaterialExemptWhenHeldIsLeftToTheLibraryNotMissing() {
        var version = sampleVersion(v -> ((com.fasterxml.jackson.databind.node.ObjectNode) v.at("/materials/1"))
                .put("necessity", "EXEMPT_IF_HELD")
                .put("licence", "PROPERTY_CERTIFICATE"));
        var example = version.example();
        var withoutLease = List.of(example.materials().getFirst());
        var result = CHECK.check(version, example.form(), APPLICANT, withoutLease);
        assertThat(result.problems()).isEmpty();
        assertThat(result.heldByGovernment()).extracting(Material::code).containsExactly("lease");
        assertThat(CHECK.check(version, example.form(), APPLICANT, example.materials())
                        .heldByGovernment())
                .as("handed in after all")
                .isEmpty();
    }

    @Test
    void aMissingFieldIsReportedOnceNotAgainByTheRulesThatReadIt() {
        var example = sampleVersion().example();
        var form = json("{monthlyRent: 2000, bankAccount: {number: '6222020402012345678'}}");
        assertThat(CHECK.check(sampleVersion(), form, APPLICANT, example.materials())
                        .problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("form.contributionMonths", "required"), tuple("form.monthlyRent", "condition-not-met"));
    }

    @Test
    void everyProblemOfTheApplicationAtOnce() {
        var form = json("{contributionMonths: 1, monthlyRent: 2000, bankAccount: {number: '12'}}");
        var offered = List.of(
                new OfferedMaterial("id-card", "PAPER"),
                new OfferedMaterial("passport", "PAPER"),
                new OfferedMaterial("income-proof", "photo.jpg"));
        assertThat(CHECK.check(sampleVersion(), form, APPLICANT, offered).problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("form.bankAccount.number", "pattern"),
                        tuple("form.contributionMonths", "condition-not-met"),
                        tuple("form.monthlyRent", "condition-not-met"),
                        tuple("materials[0].reference", "electronic-only"),
                        tuple("materials[1].code", "unknown-material"),
                        tuple("materials[2].reference", "invalid-reference"));
    }
}
