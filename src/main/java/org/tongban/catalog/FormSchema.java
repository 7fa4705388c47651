package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.List;
import java.util.Locale;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.Messages;

/**
 * Application forms as JSON Schemas (draft 2020-12), checked with networknt's validator: a form
 * schema against the meta-schema when a version is written, form values against their schema when
 * someone applies. Every error is returned, never only the first. Remote {@code $ref}s are never
 * fetched (the library's default), so a schema cannot make the server call out. Thread-safe.
 */
public final class FormSchema {

    private static final SpecificationVersion DRAFT = SpecificationVersion.DRAFT_2020_12;
    /**
     * English messages whatever the server's locale; formats asserted, because a form that says
     * {@code format: date} means it.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            DRAFT,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .locale(Locale.ENGLISH)
                    .formatAssertionsEnabled(true)
                    .build()));

    private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DRAFT.getDialectId()));

    /** Characters of schema text the compile cache holds at most. */
    static final long CACHE_CHARACTERS = 10_000_000;

    /**
     * Compiled schemas by their JSON text: published forms never change, so this never goes stale.
     * Bounded by the total length of the texts, since every draft saved may bring a new one.
     */
    private final Cache<String, Schema> compiled;

    public FormSchema() {
        this(CACHE_CHARACTERS);
    }

    /** With a compile cache of at most {@code cacheCharacters} characters of schema text. */
    FormSchema(long cacheCharacters) {
        this.compiled = Caffeine.newBuilder()
                .maximumWeight(cacheCharacters)
                .weigher((String text, Schema schema) -> text.length())
                .executor(Runnable::run)
                .build();
    }

    /**
     * Where the schema is not a usable form schema, as paths inside it ({@code properties.rent.minimum});
     * empty when it is one. Code {@code invalid-schema}.
     */
    public List<FieldError> schemaProblems(JsonNode schema) {
        List<FieldError> problems = errors(META_SCHEMA.validate(schema), "invalid-schema");
        if (!problems.isEmpty()) {
            return problems;
        }
        JsonNode dialect = schema.path("$schema");
        if (!dialect.isMissingNode()
                && !DRAFT.getDialectId().equals(dialect.asText().replaceFirst("#$", ""))) {
            return List.of(new FieldError("$schema", "invalid-schema", "form-schema.draft-2020-12-only"));
        }
        if (!"object".equals(schema.path("type").asText())) {
            return List.of(new FieldError("type", "invalid-schema", "form-schema.needs-type-object"));
        }
        try {
            compile(schema);
            return List.of();
        } catch (SchemaException e) {
            return List.of(new FieldError("", "invalid-schema", "form-schema.invalid", e.getMessage()));
        }
    }

    /**
     * Every way the values break the schema, each on the field it concerns ({@code monthlyRent},
     * {@code bankAccount.number}, {@code items[2]}); the code is the JSON Schema keyword in
     * kebab-case ({@code required}, {@code min-length}). The schema must have passed
     * {@link #schemaProblems}.
     */
    public List<FieldError> valueProblems(JsonNode schema, JsonNode values) {
        return errors(compile(schema).validate(values), null);
    }

    private Schema compile(JsonNode schema) {
        return compiled.get(schema.toString(), text -> {
            Schema compiledSchema = REGISTRY.getSchema(text, InputFormat.JSON);
            compiledSchema.initializeValidators(); // resolves every $ref now, not on some later input
            return compiledSchema;
        });
    }

    /** Schemas in the compile cache, for tests of its bound. */
    long cachedSchemas() {
        compiled.cleanUp();
        return compiled.estimatedSize();
    }

    private static List<FieldError> errors(List<Error> errors, String fixedCode) {
        return errors.stream()
                .map(error -> new FieldError(
                        path(error),
                        fixedCode == null ? FieldError.codeOf(error.getKeyword()) : fixedCode,
                        message(error)))
                .toList();
    }

    /**
     * The validator's own message, in the caller's language: it ships its texts in Chinese and
     * English ({@link Messages#SCHEMA_VALIDATOR}); a message the schema states itself is kept as written.
     */
    private static Message message(Error error) {
        return error.isCustomMessage() || error.getMessageKey() == null
                ? Message.of("form-schema.message", error.getMessage())
                : Message.of(Messages.SCHEMA_VALIDATOR + error.getMessageKey(), error.getArguments());
    }

    /** The instance location, plus the property a {@code required} or {@code additionalProperties} error names. */
    private static String path(Error error) {
        var path = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            append(path, location.getElement(i));
        }
        if (error.getProperty() != null) {
            append(path, error.getProperty());
        }
        return path.toString();
    }

    private static void append(StringBuilder path, Object element) {
        if (element instanceof Integer index) {
            path.append('[').append(index).append(']');
        } else {
            path.append(path.isEmpty() ? "" : ".").append(element);
        }
    }
}
