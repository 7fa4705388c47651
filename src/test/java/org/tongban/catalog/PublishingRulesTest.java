package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;

/** Each rule is shown by breaking one thing in a version that passes, and the code it reports. */
class PublishingRulesTest {

    static final PublishingRules RULES = new PublishingRules(new FormSchemas(), new CelRules());

    static ItemStandard rentV1() {
        try {
            return SeedCatalogTest.YAML
                    .readValue(Path.of("seeds/catalog/gjj-withdraw-rent.yaml").toFile(), ServiceItemDefinition.class)
                    .versions()
                    .get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the rent version with one change made to its JSON form. */
    static ItemStandard broken(Consumer<ObjectNode> change) {
        ObjectNode json = SeedCatalogTest.YAML.valueToTree(rentV1());
        change.accept(json);
        return SeedCatalogTest.YAML.convertValue(json, ItemStandard.class);
    }

    static List<String> codes(ItemStandard version) {
        return RULES.publishingProblems(version, List.of()).stream()
                .map(FieldError::code)
                .toList();
    }

    @Test
    void theUnbrokenVersionPasses() {
        assertThat(codes(rentV1())).isEmpty();
    }

    @Test
    void exampleThatFailsItsOwnSchema() {
        var version = broken(v -> ((ObjectNode) v.at("/example/form")).put("monthlyRent", -5));
        assertThat(RULES.publishingProblems(version, List.of()))
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("example.form.monthlyRent"));
    }

    @Test
    void exampleThatFailsItsOwnRules() {
        var version = broken(v -> ((ObjectNode) v.at("/example/form")).put("ownsHomeInCity", true));
        assertThat(codes(version)).containsExactly("condition-not-met");
    }

    @Test
    void exampleMissingARequiredMaterial() {
        var version = broken(v -> ((ArrayNode) v.at("/example/materials")).remove(1));
        assertThat(codes(version)).containsExactly("missing-material");
    }

    @Test
    void promisedAboveStatutory() {
        var version = broken(v -> ((ObjectNode) v.get("promisedLimit")).put("value", 4));
        assertThat(codes(version)).contains("promised-exceeds-statutory");
    }

    @Test
    void stepsAddingUpToMoreThanPromised() {
        var version = broken(v -> ((ObjectNode) v.at("/flow/0/limit")).put("value", 2));
        assertThat(codes(version)).containsExactly("steps-exceed-promised");
    }

    @Test
    void immediateItemWithAPromisedLimit() {
        var version = broken(v -> v.put("handlingType", "IMMEDIATE"));
        assertThat(codes(version)).containsExactly("immediate-with-limit");
    }

    @Test
    void visitsWithoutReason() {
        var version = broken(v -> {
            v.put("maxVisits", 1);
            ((ObjectNode) v.get("onlineDepth")).put("level", "III");
        });
        assertThat(codes(version)).containsExactly("visits-without-reason");
    }

    @Test
    void zeroVisitsWithoutOnlineOrPostalChannel() {
        var version = broken(v -> v.putArray("channels").add("WINDOW").add("KIOSK"));
        assertThat(codes(version)).containsExactly("zero-visits-without-remote-channel");
    }

    @Test
    void fullyOnlineWithVisits() {
        var version = broken(v -> {
            v.put("maxVisits", 1);
            v.putObject("visitsReason").put("zh", "核验原件").put("en", "Originals are checked");
        });
        assertThat(codes(version)).containsExactly("fully-online-with-visits");
    }

    @Test
    void feeWithoutBasis() {
        var version = broken(v -> ((ObjectNode) v.get("fee")).put("charged", true));
        assertThat(codes(version)).containsExactly("fee-without-basis");
    }

    @Test
    void overlappingValidity() {
        var other =
                broken(v -> v.put("version", 2).put("validFrom", "2025-12-01").putNull("validTo"));
        assertThat(RULES.publishingProblems(rentV1(), List.of(other)))
                .extracting(FieldError::code)
                .containsExactly("overlapping-validity");
        var adjacent =
                broken(v -> v.put("version", 2).put("validFrom", "2026-01-01").putNull("validTo"));
        assertThat(RULES.publishingProblems(rentV1(), List.of(adjacent))).isEmpty();
    }

    @Test
    void invalidFormSchemaIsNamed() {
        var version = broken(v -> ((ObjectNode) v.get("form")).put("type", "objekt"));
        assertThat(RULES.draftProblems(version)).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("invalid-schema");
            assertThat(p.field()).startsWith("form");
        });
    }

    @Test
    void ruleThatDoesNotCompile() {
        var version = broken(v -> ((ObjectNode) v.at("/conditions/0")).put("rule", "form.contributionMonths >="));
        assertThat(RULES.draftProblems(version))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("conditions[0].rule", "invalid-rule"));
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        var version = broken(v -> {
            ((ObjectNode) v.get("promisedLimit")).put("value", 4);
            ((ObjectNode) v.get("fee")).put("charged", true);
            v.putArray("channels").add("WINDOW");
            v.put("validTo", "2024-12-31");
        });
        assertThat(codes(version))
                .contains(
                        "promised-exceeds-statutory",
                        "fee-without-basis",
                        "zero-visits-without-remote-channel",
                        "ends-before-it-starts");
    }
}
