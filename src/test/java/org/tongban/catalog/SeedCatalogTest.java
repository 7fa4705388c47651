package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Every seeded item version passes bean validation and the publishing rules. */
class SeedCatalogTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    static List<ServiceItemDefinition> seededItems() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds", "catalog"))) {
            List<ServiceItemDefinition> items = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                items.add(YAML.readValue(file.toFile(), ServiceItemDefinition.class));
            }
            return items;
        }
    }

    @Test
    void seventeenHousingFundItemsAndAtLeastEightDelegatedOnes() throws IOException {
        var items = seededItems();
        assertThat(items)
                .filteredOn(item -> item.item().department().equals("gjj"))
                .hasSize(17);
        assertThat(items)
                .filteredOn(item -> !item.item().department().equals("gjj"))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everySeededVersionCanBePublished() throws IOException {
        var rules = new PublishingRules(new FormSchemas(), new CelRules());
        List<String> problems = new ArrayList<>();
        for (ServiceItemDefinition item : seededItems()) {
            VALIDATOR
                    .validate(item)
                    .forEach(v -> problems.add(item.item().code() + " " + v.getPropertyPath() + ": " + v.getMessage()));
            for (ItemStandard version : item.versions()) {
                List<ItemStandard> others = item.versions().stream()
                        .filter(other -> other != version)
                        .toList();
                rules.publishingProblems(version, others)
                        .forEach(p -> problems.add(item.item().code() + " v" + version.version() + " " + p));
            }
        }
        assertThat(problems).isEmpty();
    }
}
