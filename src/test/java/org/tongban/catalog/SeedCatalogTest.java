package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every seeded item, whatever files {@code seeds/catalog} holds, can be published as written. */
class SeedCatalogTest {

    static final Path CATALOG = Path.of("seeds", "catalog");
    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    static List<ServiceItemDefinition> seededItems() throws IOException {
        if (!Files.isDirectory(CATALOG)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(CATALOG)) {
            List<ServiceItemDefinition> items = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                items.add(read(file));
            }
            return items;
        }
    }

    static ServiceItemDefinition seeded(String itemCode) {
        try {
            return read(CATALOG.resolve(itemCode + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceItemDefinition read(Path file) throws IOException {
        return CatalogFixtures.YAML.readValue(file.toFile(), ServiceItemDefinition.class);
    }

    @Test
    void everySeededItemCanBePublished() throws IOException {
        var rules = new PublishingRules(new FormSchema(), new AcceptanceRules());
        List<String> problems = new ArrayList<>();
        for (ServiceItemDefinition item : seededItems()) {
            String code = item.item().code();
            VALIDATOR
                    .validate(item)
                    .forEach(v -> problems.add(code + " " + v.getPropertyPath() + ": " + v.getMessage()));
            rules.itemProblems(item).forEach(p -> problems.add(code + " " + p));
        }
        assertThat(problems).isEmpty();
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
}
