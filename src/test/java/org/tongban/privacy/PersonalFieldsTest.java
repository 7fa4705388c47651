package org.tongban.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PersonalFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void onlyDeclaredFieldsAreMaskedEachByItsKind() throws Exception {
        var fields = PersonalFields.declaredIn(json("{'type':'object','properties':{"
                + "'bankAccount':{'type':'string','x-personal':'bank-account'},"
                + "'deceasedIdNumber':{'type':'string','x-personal':'id-number'},"
                + "'newPhone':{'type':'string','x-personal':'phone'},"
                + "'heir':{'type':'string','x-personal':'name'},"
                + "'monthlyRent':{'type':'number'}}}"));
        JsonNode masked =
                fields.masked(json("{'bankAccount':'6222020402012345678','deceasedIdNumber':'350203194501010013',"
                        + "'newPhone':'13900000009','heir':'陈晓明','monthlyRent':2500}"));
        assertThat(masked.get("bankAccount").asText()).isEqualTo("***************5678");
        assertThat(masked.get("deceasedIdNumber").asText()).isEqualTo("350203********0013");
        assertThat(masked.get("newPhone").asText()).isEqualTo("139****0009");
        assertThat(masked.get("heir").asText()).isEqualTo("陈**");
        assertThat(masked.get("monthlyRent").asInt()).isEqualTo(2500);
    }

    @Test
    void theFormItselfIsNotChanged() throws Exception {
        var fields = PersonalFields.declaredIn(
                json("{'properties':{'bankAccount':{'type':'string','x-personal':'bank-account'}}}"));
        JsonNode form = json("{'bankAccount':'6222020402012345678'}");
        fields.masked(form);
        assertThat(form.get("bankAccount").asText()).isEqualTo("6222020402012345678");
    }

    @Test
    void anUnknownKindIsAProblemOnItsPath() throws Exception {
        var problems = PersonalFields.problems(
                json("{'properties':{'iban':{'type':'string','x-personal':'iban'},'ok':{'x-personal':'phone'}}}"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("properties.iban.x-personal");
            assertThat(p.code()).isEqualTo("unknown-personal-kind");
        });
    }

    @Test
    void identifiersInMaterialReferencesAreMaskedTheSchemeStays() {
        assertThat(MaterialReferences.mask("E-LICENCE:ID_CARD:350205199003071239"))
                .isEqualTo("E-LICENCE:ID_CARD:350205********1239");
        assertThat(MaterialReferences.mask("E-LICENCE:ID_CARD:35020519900307123X"))
                .isEqualTo("E-LICENCE:ID_CARD:350205********123X");
        assertThat(MaterialReferences.mask("FILE:budget-2025")).isEqualTo("FILE:budget-2025");
        assertThat(MaterialReferences.mask("PAPER")).isEqualTo("PAPER");
        assertThat(MaterialReferences.mask("CERT:12345678")).isEqualTo("CERT:******78");
    }
}
