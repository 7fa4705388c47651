package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.catalog.CatalogFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.common.FieldError;
import org.tongban.common.Messages;

class FormSchemaTest {

    static final FormSchema SCHEMAS = new FormSchema();

    static final JsonNode FORM = json("""
            type: object
            additionalProperties: false
            required: [monthlyRent, bankAccount]
            properties:
              monthlyRent: {type: number, minimum: 0}
              startDate: {type: string, format: date}
              bankAccount:
                type: object
                required: [holder]
                properties:
                  number: {type: string, minLength: 12}
                  holder: {type: string}
              months: {type: array, items: {type: integer}}
            """);

    @Test
    void aValidSchemaAndValidValues() {
        assertThat(SCHEMAS.schemaProblems(FORM)).isEmpty();
        var values =
                json("{monthlyRent: 1200, startDate: '2026-02-14', bankAccount: {number: '622202040201', holder: Li}}");
        assertThat(SCHEMAS.valueProblems(FORM, values)).isEmpty();
    }

    @Test
    void everyErrorIsListedOnItsField() {
        var values = json(
                "{monthlyRent: -1, startDate: '2026-02-30', bankAccount: {number: '12'}, months: [1, x], colour: red}");
        assertThat(SCHEMAS.valueProblems(FORM, values))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("monthlyRent", "minimum"),
                        tuple("startDate", "format"),
                        tuple("bankAccount.number", "min-length"),
                        tuple("bankAccount.holder", "required"),
                        tuple("months[1]", "type"),
                        tuple("colour", "additional-properties"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(SCHEMAS.valueProblems(FORM, json("{monthlyRent: 1}")))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("bankAccount", "required"));
    }

    @Test
    void messagesAreInTheCallersLanguageWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(new FormSchema().valueProblems(FORM, json("{monthlyRent: -1, bankAccount: {holder: Li}}")))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(Messages.text(Messages.ENGLISH, p.message()))
                                .isEqualTo("must have a minimum value of 0");
                        assertThat(Messages.text(Messages.CHINESE, p.message()))
                                .contains("0")
                                .doesNotContain("minimum");
                    });
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anInvalidSchemaIsNamedWhere() {
        var schema = json("{type: object, required: monthlyRent, properties: {monthlyRent: {minimum: zero}}}");
        assertThat(SCHEMAS.schemaProblems(schema))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("required", "invalid-schema"), tuple("properties.monthlyRent.minimum", "invalid-schema"));
    }

    @Test
    void aFormIsAnObject() {
        assertThat(SCHEMAS.schemaProblems(json("{type: array}")))
                .extracting(FieldError::field)
                .containsExactly("type");
    }

    @Test
    void onlyDraft2020Twelve() {
        assertThat(SCHEMAS.schemaProblems(json("{$schema: 'http://json-schema.org/draft-07/schema#', type: object}")))
                .extracting(FieldError::field)
                .containsExactly("$schema");
        assertThat(SCHEMAS.schemaProblems(
                        json("{$schema: 'https://json-schema.org/draft/2020-12/schema', type: object}")))
                .isEmpty();
    }

    @Test
    void aReferenceThatLeadsNowhereIsReported() {
        var schema = json("{type: object, properties: {a: {$ref: '#/$defs/missing'}}}");
        assertThat(SCHEMAS.schemaProblems(schema)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-schema");
            assertThat(Messages.text(Locale.ENGLISH, p.message())).contains("/$defs/missing");
        });
    }

    @Test
    void aRemoteReferenceIsNotFetched() {
        var schema = json("{type: object, properties: {a: {$ref: 'http://127.0.0.1:9/evil.json'}}}");
        assertThat(SCHEMAS.schemaProblems(schema)).extracting(FieldError::code).containsExactly("invalid-schema");
    }

    @Test
    void theCompileCacheIsBounded() {
        var schemas = new FormSchema(2_000);
        for (int i = 0; i < 100; i++) {
            var schema = json("{type: object, properties: {rent" + i + ": {type: number}}}");
            assertThat(schemas.valueProblems(schema, json("{rent" + i + ": 1}")))
                    .isEmpty();
        }
        assertThat(schemas.cachedSchemas()).isLessThan(100);
    }
}
