package org.tongban.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.cases.UsedLicence;
import org.tongban.catalog.Material;
import org.tongban.catalog.MaterialSource;
import org.tongban.catalog.Medium;
import org.tongban.catalog.Necessity;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.LocalizedText;
import org.tongban.common.Messages;
import org.tongban.licences.DemoLicences;
import org.tongban.licences.LicenceType;

/** Materials and a declared residence against the demo e-licence library (seeds/e-licences.yaml). */
class MaterialLicencesTest {

    static final MaterialLicences LICENCES = new MaterialLicences(new DemoLicences());
    static final String CHEN = "350205199003071239";
    static final String LIN = "350203198806152465";
    static final String COMPANY = "914403001922038216";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String CHEN_REGISTER = "E-LICENCE:HOUSEHOLD_REGISTER:HJ350205-20160412-0031";

    static Material exempt(String code, LicenceType licence) {
        return new Material(
                code,
                new LocalizedText("证照", "Licence"),
                Necessity.EXEMPT_IF_HELD,
                MaterialSource.GOVERNMENT,
                Medium.EITHER,
                1,
                0,
                null,
                null,
                licence);
    }

    @Test
    void theApplicantsOwnLicencesAreUsedAsTheyAre() {
        var outcome = LICENCES.resolve(
                CHEN,
                List.of(
                        new OfferedMaterial("id-card", "E-LICENCE:ID_CARD:" + CHEN),
                        new OfferedMaterial("bank-card", "PAPER")),
                List.of(),
                TODAY);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.supplied()).isEmpty();
        assertThat(outcome.used())
                .containsExactly(new UsedLicence("id-card", LicenceType.ID_CARD, CHEN, "厦门市公安局海沧分局", TODAY, false));
    }

    @Test
    void aLicenceTheLibraryLacksOrAnotherHoldsIsAProblemOfItsMaterial() {
        var outcome = LICENCES.resolve(
                CHEN,
                List.of(
                        new OfferedMaterial("bank-card", "PAPER"),
                        new OfferedMaterial("id-card", "E-LICENCE:ID_CARD:" + LIN),
                        new OfferedMaterial("marriage", "E-LICENCE:MARRIAGE_CERTIFICATE:J350205-2018-999999")),
                List.of(),
                TODAY);
        assertThat(outcome.problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("materials[1].reference", "licence-not-held"),
                        tuple("materials[2].reference", "unknown-licence"));
        assertThat(outcome.used()).isEmpty();
    }

    @Test
    void anExemptMaterialIsTakenFromTheApplicantsLicencesOfItsKind() {
        var outcome = LICENCES.resolve(
                COMPANY, List.of(), List.of(exempt("land-certificate", LicenceType.PROPERTY_CERTIFICATE)), TODAY);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.supplied())
                .containsExactly(
                        new OfferedMaterial("land-certificate", "E-LICENCE:PROPERTY_CERTIFICATE:XM2012-0008815"));
        assertThat(outcome.used())
                .containsExactly(new UsedLicence(
                        "land-certificate",
                        LicenceType.PROPERTY_CERTIFICATE,
                        "XM2012-0008815",
                        "厦门市国土资源与房产管理局",
                        TODAY,
                        true));
    }

    @Test
    void anExemptMaterialTheLibraryDoesNotHoldIsMissing() {
        var outcome = LICENCES.resolve(
                LIN,
                List.of(),
                List.of(
                        exempt("property-certificate", LicenceType.PROPERTY_CERTIFICATE),
                        exempt("marriage-certificate", LicenceType.MARRIAGE_CERTIFICATE)),
                TODAY);
        assertThat(outcome.problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("materials", "missing-material"));
        assertThat(Messages.text(Messages.ENGLISH, outcome.problems().getFirst().message()))
                .startsWith("property-certificate");
        assertThat(outcome.supplied()).extracting(OfferedMaterial::code).containsExactly("marriage-certificate");
    }

    @Test
    void aDeclaredResidenceMustAgreeWithTheApplicantsHouseholdRegister() {
        assertThat(LICENCES.residenceProblem(CHEN, "350205", CHEN_REGISTER)).isEmpty();
        assertThat(LICENCES.residenceProblem(CHEN, "350205", null))
                .as("none named")
                .isEmpty();
        assertThat(LICENCES.residenceProblem(CHEN, "350203", CHEN_REGISTER))
                .map(p -> p.field() + " " + p.code())
                .contains("residence.district residence-mismatch");
        assertThat(LICENCES.residenceProblem(LIN, "350205", CHEN_REGISTER))
                .map(p -> p.field() + " " + p.code())
                .contains("residence.licence licence-not-held");
        assertThat(LICENCES.residenceProblem(CHEN, "350205", "E-LICENCE:HOUSEHOLD_REGISTER:HJ0"))
                .map(p -> p.field() + " " + p.code())
                .contains("residence.licence unknown-licence");
    }
}
