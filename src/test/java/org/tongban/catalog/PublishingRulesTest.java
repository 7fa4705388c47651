package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.catalog.CatalogFixtures.sampleItem;
import static org.tongban.catalog.CatalogFixtures.sampleVersion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;
import org.tongban.common.Messages;

/** Each rule is shown by breaking one thing in a version that passes, and the code it reports. */
class PublishingRulesTest {

    static final PublishingRules RULES = new PublishingRules(new FormSchema(), new AcceptanceRules());

    static List<FieldError> problems(ItemStandard version) {
        return RULES.publishingProblems(version, List.of());
    }

    static List<String> codes(ItemStandard version) {
        return problems(version).stream().map(FieldError::code).toList();
    }

    @Test
    void theSampleVersionPasses() {
        assertThat(problems(sampleVersion())).isEmpty();
    }

    @Test
    void exampleThatFailsItsOwnSchema() {
        var version = sampleVersion(
                v -> v.withObjectProperty("example").withObjectProperty("form").put("monthlyRent", -5));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("example.form.monthlyRent", "exclusive-minimum"));
    }

    @Test
    void exampleThatFailsItsOwnRules() {
        var version = sampleVersion(
                v -> v.withObjectProperty("example").withObjectProperty("form").put("contributionMonths", 2));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("example.form.contributionMonths", "condition-not-met"));
    }

    @Test
    void exampleMissingARequiredMaterialThatApplies() {
        var version = sampleVersion(v -> ((ArrayNode) v.at("/example/materials")).remove(1));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("example.materials", "missing-material"));
    }

    @Test
    void aMaterialWhoseCaseDoesNotApplyIsNotMissing() {
        var version = sampleVersion(v -> {
            v.withObjectProperty("example").withObjectProperty("form").put("hasLease", false);
            ((ArrayNode) v.at("/example/materials")).remove(1);
        });
        assertThat(problems(version)).isEmpty();
    }

    @Test
    void aCaseThatCannotBeDecidedOnTheExample() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/materials/1")).put("appliesWhen", "form.hasLease"));
        var withoutLease = sampleVersion(v -> {
            ((ObjectNode) v.at("/materials/1")).put("appliesWhen", "form.hasLease");
            v.withObjectProperty("example").withObjectProperty("form").remove("hasLease");
        });
        assertThat(problems(version)).isEmpty();
        assertThat(problems(withoutLease))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("materials[1].appliesWhen", "rule-error"));
    }

    @Test
    void anInstantApprovalRuleThatErrorsOnTheExample() {
        var version = sampleVersion(
                v -> ((ObjectNode) v.at("/instantApproval/rules/0")).put("rule", "form.monthlyRent * 2 <= 3000.0"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("instantApproval.rules[0].rule", "rule-error"));
    }

    /** Art. 42: an item may name its own extension (e.g. 15 for joint handling), never an open-ended one. */
    @Test
    void anExtensionNamesItsLengthAndLegalBasis() {
        var joint = sampleVersion(
                v -> v.putObject("extension").put("workingDays", 15).put("legalBasis", "《中华人民共和国行政许可法》第四十二条第二款"));
        assertThat(problems(joint)).isEmpty();
        assertThat(joint.extensionOrDefault().workingDays()).isEqualTo(15);
        assertThat(sampleVersion().extensionOrDefault()).isEqualTo(StatutoryExtension.DEFAULT);
        var unbounded = sampleVersion(v -> v.putObject("extension").put("workingDays", 31));
        assertThat(problems(unbounded))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("extension.workingDays", "extension.legalBasis");
    }

    @Test
    void promisedAboveStatutory() {
        var version = sampleVersion(v -> v.withObjectProperty("promisedLimit").put("value", 4));
        assertThat(codes(version)).containsExactly("promised-exceeds-statutory");
    }

    @Test
    void promisedAndStatutoryInDifferentUnits() {
        var version = sampleVersion(v -> v.withObjectProperty("statutoryLimit").put("unit", "CALENDAR_DAYS"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("promisedLimit.unit", "limit-units-differ"));
    }

    @Test
    void aStepInAnotherUnitThanThePromisedLimit() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/flow/1/limit")).put("unit", "CALENDAR_DAYS"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("flow[1].limit.unit", "limit-units-differ"));
    }

    @Test
    void stepsAddingUpToMoreThanPromised() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/flow/0/limit")).put("value", 1));
        assertThat(codes(version)).containsExactly("steps-exceed-promised");
    }

    @Test
    void immediateItemWithAPromisedLimit() {
        var version = sampleVersion(v -> v.put("handlingType", "IMMEDIATE"));
        assertThat(codes(version)).containsExactly("immediate-with-limit");
    }

    @Test
    void promisedItemWithoutAPromisedLimit() {
        var version = sampleVersion(v -> {
            v.withObjectProperty("promisedLimit").put("value", 0);
            ((ObjectNode) v.at("/flow/1/limit")).put("value", 0);
        });
        assertThat(codes(version)).containsExactly("promised-without-limit");
    }

    @Test
    void visitsWithoutReason() {
        var version = sampleVersion(v -> {
            v.put("maxVisits", 1);
            v.withObjectProperty("onlineDepth").put("level", "III");
        });
        assertThat(codes(version)).containsExactly("visits-without-reason");
    }

    @Test
    void zeroVisitsWithoutOnlineOrPostalChannel() {
        var version = sampleVersion(v -> v.putArray("channels").add("WINDOW").add("KIOSK"));
        assertThat(codes(version)).containsExactly("zero-visits-without-remote-channel");
    }

    @Test
    void aPostalChannelIsEnoughForZeroVisits() {
        var version = sampleVersion(v -> v.putArray("channels").add("WINDOW").add("POST"));
        assertThat(problems(version)).isEmpty();
    }

    @Test
    void fullyOnlineWithVisits() {
        var version = sampleVersion(v -> {
            v.put("maxVisits", 1);
            v.putObject("visitsReason").put("zh", "核验原件").put("en", "Originals are checked");
        });
        assertThat(codes(version)).containsExactly("fully-online-with-visits");
    }

    @Test
    void feeWithoutBasisOrItems() {
        var version = sampleVersion(v -> v.withObjectProperty("fee").put("charged", true));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("fee.basis", "fee-without-basis"), tuple("fee.items", "fee-without-items"));
    }

    @Test
    void partnerOutletsAndKiosksReceiveButNeverDecide() {
        var version = sampleVersion(v -> v.putArray("handlingPointTypes")
                .add("CITY_CENTRE")
                .add("POST_OFFICE")
                .add("KIOSK"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("handlingPointTypes", "receiving-point-cannot-decide"),
                        tuple("handlingPointTypes", "receiving-point-cannot-decide"));
    }

    @Test
    void theCompetentDistrictSourceIsRequired() {
        var version = sampleVersion(v -> v.remove("competentDistrictFrom"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("competentDistrictFrom", "required"));
    }

    @Test
    void aSiteItemAsksForTheSiteDistrict() {
        var withoutSite = sampleVersion(v -> v.put("competentDistrictFrom", "SITE"));
        assertThat(codes(withoutSite)).containsExactly("site-district-not-asked");
        var asked = sampleVersion(v -> {
            v.put("competentDistrictFrom", "SITE");
            ObjectNode form = v.withObjectProperty("form");
            form.withObjectProperty("properties").putObject("siteDistrict").put("type", "string");
            ((ArrayNode) form.get("required")).add("siteDistrict");
            v.withObjectProperty("example").withObjectProperty("form").put("siteDistrict", "350205");
        });
        assertThat(problems(asked)).isEmpty();
    }

    @Test
    void aReceivingPointItemCannotBeAppliedForOnline() {
        var online = sampleVersion(v -> v.put("competentDistrictFrom", "RECEIVING_POINT"));
        assertThat(codes(online)).containsExactly("no-receiving-point-online");
        var atWindows = sampleVersion(v -> {
            v.put("competentDistrictFrom", "RECEIVING_POINT");
            v.putArray("channels").add("WINDOW").add("POST");
        });
        assertThat(problems(atWindows)).isEmpty();
    }

    @Test
    void validToBeforeValidFrom() {
        var version = sampleVersion(v -> v.put("validTo", "2024-12-31"));
        assertThat(codes(version)).containsExactly("ends-before-it-starts");
    }

    @Test
    void aVersionMayBeInForceForASingleDay() {
        var version = sampleVersion(v -> v.put("validTo", "2025-01-01"));
        assertThat(problems(version)).isEmpty();
    }

    @Test
    void overlappingAnOpenEndedVersion() {
        var later = sampleVersion(
                v -> v.put("version", 2).put("validFrom", "2025-12-01").putNull("validTo"));
        assertThat(RULES.publishingProblems(sampleVersion(), List.of(later)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("validFrom", "overlapping-validity"));
    }

    @Test
    void validToIsInclusiveSoTheNextVersionStartsTheDayAfter() {
        var sameDay = sampleVersion(
                v -> v.put("version", 2).put("validFrom", "2025-12-31").putNull("validTo"));
        var dayAfter = sampleVersion(
                v -> v.put("version", 2).put("validFrom", "2026-01-01").putNull("validTo"));
        assertThat(codes(sampleVersion(), sameDay)).containsExactly("overlapping-validity");
        assertThat(codes(sampleVersion(), dayAfter)).isEmpty();
    }

    @Test
    void twoVersionsWithOneNumber() {
        var other = sampleVersion(v -> v.put("validFrom", "2026-01-01").putNull("validTo"));
        assertThat(codes(sampleVersion(), other)).containsExactly("duplicate-version");
    }

    @Test
    void missingRequiredFieldsAreListedNotThrown() {
        var version = sampleVersion(v -> v.remove(List.of("handlingType", "promisedLimit", "maxVisits", "scope")));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("handlingType", "required"),
                        tuple("promisedLimit", "required"),
                        tuple("maxVisits", "required"),
                        tuple("scope", "required"));
    }

    @Test
    void anEmptyDraftListsWhatItLacks() {
        var empty = CatalogFixtures.YAML.convertValue(CatalogFixtures.json("{}"), ItemStandard.class);
        assertThat(problems(empty))
                .extracting(FieldError::field)
                .contains("validFrom", "form", "flow", "channels", "onlineDepth", "fee", "resultType", "example");
    }

    @Test
    void invalidFormSchemaIsNamed() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/form/properties/monthlyRent")).put("minimum", "zero"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("form.properties.monthlyRent.minimum", "invalid-schema"));
    }

    @Test
    void conditionThatDoesNotCompile() {
        var version =
                sampleVersion(v -> ((ObjectNode) v.at("/conditions/0")).put("rule", "form.contributionMonths >="));
        assertThat(problems(version)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("conditions[0].rule");
            assertThat(p.code()).isEqualTo("invalid-rule");
            assertThat(Messages.text(Locale.ENGLISH, p.message())).contains("form.contributionMonths >=");
        });
    }

    @Test
    void aRuleTooExpensiveToRunCannotBePublished() {
        var version = sampleVersion(
                v -> ((ObjectNode) v.at("/conditions/0")).put("rule", AcceptanceRulesTest.SEVEN_NESTED_ALLS));
        assertThat(problems(version)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("conditions[0].rule");
            assertThat(p.code()).isEqualTo("invalid-rule");
            assertThat(Messages.text(Locale.ENGLISH, p.message())).contains("too expensive");
        });
    }

    @Test
    void appliesWhenThatDoesNotCompile() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/materials/1")).put("appliesWhen", "form.hasLease +"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("materials[1].appliesWhen", "invalid-rule"));
    }

    @Test
    void instantApprovalRuleMissing() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/instantApproval/rules/0")).putNull("rule"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("instantApproval.rules[0].rule", "required"));
    }

    @Test
    void onlineDepthCodeOutsideOneToEight() {
        var version = sampleVersion(v -> v.withObjectProperty("onlineDepth").put("code", 9));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("onlineDepth.code", "out-of-range"));
    }

    @Test
    void emptyFlow() {
        var version = sampleVersion(v -> v.putArray("flow"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("flow", "required"));
    }

    @Test
    void aMaterialExemptWhenHeldNamesTheLicenceToTakeItFrom() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/materials/2")).put("necessity", "EXEMPT_IF_HELD"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("materials[2].licence", "required"));
        var named = sampleVersion(v -> ((ObjectNode) v.at("/materials/2"))
                .put("necessity", "EXEMPT_IF_HELD")
                .put("licence", "PROPERTY_CERTIFICATE"));
        assertThat(problems(named)).isEmpty();
    }

    @Test
    void anELicenceReferenceNamesItsKindAndTheMaterialsKind() {
        var untyped = sampleVersion(
                v -> ((ObjectNode) v.at("/example/materials/0")).put("reference", "E-LICENCE:350205199003071239"));
        assertThat(problems(untyped))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("example.materials[0].reference", "invalid-reference"));
        var otherKind = sampleVersion(v -> ((ObjectNode) v.at("/example/materials/0"))
                .put("reference", "E-LICENCE:MARRIAGE_CERTIFICATE:J350205-2018-004127"));
        assertThat(problems(otherKind))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("example.materials[0].reference", "wrong-licence-type"));
    }

    @Test
    void duplicateMaterialCodes() {
        var version = sampleVersion(v -> ((ObjectNode) v.at("/materials/2")).put("code", "id-card"));
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("materials[2].code", "duplicate-code"));
    }

    @Test
    void unknownCodes() {
        var version = sampleVersion(v -> {
            v.put("resultType", "7");
            ((ObjectNode) v.at("/flow/0")).put("role", "supervisor");
        });
        assertThat(problems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(tuple("resultType", "invalid-code"), tuple("flow[0].role", "invalid-code"));
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        var version = sampleVersion(v -> {
            v.withObjectProperty("promisedLimit").put("value", 4);
            v.withObjectProperty("fee")
                    .put("charged", true)
                    .putObject("basis")
                    .put("zh", "示例")
                    .put("en", "Example");
            v.putArray("channels").add("WINDOW");
            v.put("validTo", "2024-12-31");
            v.withObjectProperty("onlineDepth").put("code", 0);
        });
        assertThat(codes(version))
                .containsExactlyInAnyOrder(
                        "out-of-range",
                        "promised-exceeds-statutory",
                        "fee-without-items",
                        "zero-visits-without-remote-channel",
                        "ends-before-it-starts");
    }

    @Test
    void anItemIsCheckedWholeWithPathsIntoItsVersions() {
        var overlapping = sampleVersion(
                v -> v.put("version", 2).put("validFrom", "2025-06-01").putNull("validTo"));
        var brokenSecond = sampleVersion(v -> v.put("version", 3)
                .put("validFrom", "2027-01-01")
                .putNull("validTo")
                .putArray("flow"));
        var item = new ServiceItemDefinition(sampleItem().item(), List.of(sampleVersion(), overlapping, brokenSecond));
        assertThat(RULES.itemProblems(item))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("versions[0].validFrom", "overlapping-validity"),
                        tuple("versions[1].validFrom", "overlapping-validity"),
                        tuple("versions[1].validFrom", "overlapping-validity"),
                        tuple("versions[2].flow", "required"),
                        tuple("versions[2].validFrom", "overlapping-validity"));
    }

    static List<String> codes(ItemStandard version, ItemStandard other) {
        return RULES.publishingProblems(version, List.of(other)).stream()
                .map(FieldError::code)
                .toList();
    }
}
