package org.tongban.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The sample item of {@code src/test/resources/catalog/sample-item.yaml}, and copies with one thing changed. */
final class CatalogFixtures {

    /** Strict: an unknown property in a seed fails the read instead of vanishing. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Bodies leave optional fields out, as the contract asks, rather than sending null.
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CatalogFixtures() {}

    static ServiceItemDefinition sampleItem() {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/sample-item.yaml")) {
            return YAML.readValue(in, ServiceItemDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ItemStandard sampleVersion() {
        return sampleItem().versions().get(0);
    }

    /** The sample version with one change made to its JSON form. */
    static ItemStandard sampleVersion(Consumer<ObjectNode> change) {
        ObjectNode json = YAML.valueToTree(sampleVersion());
        change.accept(json);
        return YAML.convertValue(json, ItemStandard.class);
    }

    static JsonNode json(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
