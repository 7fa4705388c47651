package org.tongban.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.identity.ResidentId;
import org.tongban.identity.UnifiedSocialCreditCode;

/** The demo library as seeded, and the reference form every library answers to. */
class DemoLicencesTest {

    static final DemoLicences LIBRARY = new DemoLicences();
    static final String CHEN = "350205199003071239";

    @Test
    void theReferencePatternNamesEveryKindOfLicence() {
        String kinds = Arrays.stream(LicenceType.values()).map(Enum::name).collect(Collectors.joining("|"));
        assertThat(LicenceReference.PATTERN).isEqualTo("E-LICENCE:(" + kinds + "):([A-Za-z0-9-]{1,80})");
    }

    @Test
    void aReferenceIsReadBackAsWritten() {
        var reference = LicenceReference.parse("E-LICENCE:HOUSEHOLD_REGISTER:HJ350205-20160412-0031");
        assertThat(reference).contains(new LicenceReference(LicenceType.HOUSEHOLD_REGISTER, "HJ350205-20160412-0031"));
        assertThat(reference.orElseThrow()).hasToString("E-LICENCE:HOUSEHOLD_REGISTER:HJ350205-20160412-0031");
        assertThat(LicenceReference.parse("E-LICENCE:" + CHEN)).as("no kind").isEmpty();
        assertThat(LicenceReference.parse("E-LICENCE:PASSPORT:E12345678"))
                .as("no such kind")
                .isEmpty();
        assertThat(LicenceReference.parse("FILE:abc")).isEmpty();
    }

    @Test
    void everyDemoLicenceHasAValidHolderAndAHouseholdRegisterItsDistrict() {
        var all = Arrays.stream(LicenceType.values())
                .flatMap(type -> java.util.stream.Stream.of(CHEN, "350203198806152465", "914403001922038216")
                        .flatMap(holder -> LIBRARY.heldBy(holder, type).stream()))
                .toList();
        assertThat(all).hasSize(8);
        assertThat(all).allSatisfy(licence -> {
            assertThat(ResidentId.parse(licence.holder()).isPresent()
                            || UnifiedSocialCreditCode.parse(licence.holder()).isPresent())
                    .as("%s holder", licence.number())
                    .isTrue();
            assertThat(licence.district() != null).isEqualTo(licence.type() == LicenceType.HOUSEHOLD_REGISTER);
            assertThat(LIBRARY.find(licence.reference())).contains(licence);
        });
        assertThat(LIBRARY.find(new LicenceReference(LicenceType.ID_CARD, CHEN))
                        .orElseThrow()
                        .holder())
                .as("an ID card's number is its holder's ID number")
                .isEqualTo(CHEN);
    }

    @Test
    void aHolderHasOnlyTheirOwnLicences() {
        assertThat(LIBRARY.heldBy(CHEN, LicenceType.PROPERTY_CERTIFICATE))
                .extracting(Licence::number)
                .containsExactly("XM2019-0034567");
        assertThat(LIBRARY.heldBy("350203198806152465", LicenceType.PROPERTY_CERTIFICATE))
                .isEmpty();
        assertThat(LIBRARY.find(new LicenceReference(LicenceType.ID_CARD, "350205199003071238")))
                .isEmpty();
    }

    @Test
    void aTestCityAddsItsOwnLicencesBesideTheSeededOnes(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("e-licences.yaml");
        Files.writeString(
                extra,
                "- {type: ID_CARD, number: '350205196001010017', holder: '350205196001010017',"
                        + " holderName: bench resident 0, issuer: bench, issuedOn: 2020-01-01, district: null}\n");
        var library = new DemoLicences(Optional.of(extra));
        assertThat(library.heldBy("350205196001010017", LicenceType.ID_CARD))
                .extracting(Licence::number)
                .containsExactly("350205196001010017");
        assertThat(library.heldBy(CHEN, LicenceType.ID_CARD)).hasSize(1);
        assertThat(new DemoLicences(Optional.empty()).heldBy("350205196001010017", LicenceType.ID_CARD))
                .isEmpty();
    }
}
