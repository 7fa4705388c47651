package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CelRulesTest {

    static final CelRules CEL = new CelRules();
    static final ObjectMapper JSON = new ObjectMapper();

    static CelRules.Inputs inputs(String form, String params, Integer age) throws Exception {
        JsonNode f = JSON.readTree(form);
        JsonNode p = JSON.readTree(params);
        return new CelRules.Inputs(f, p, new ApplicantFacts(age, "350205"));
    }

    @Test
    void comparesIntegersAndDecimalsAsNumbers() throws Exception {
        var in = inputs("{\"monthlyRent\": 1500, \"months\": 3}", "{\"cap\": 1500.0}", 30);
        assertThat(CEL.holds("form.monthlyRent <= params.cap", in)).isTrue();
        assertThat(CEL.holds("form.months >= 3", in)).isTrue();
        assertThat(CEL.holds("form.monthlyRent * 1.0 > params.cap", in)).isFalse();
    }

    @Test
    void aMissingFieldMeansTheRuleDoesNotHold() throws Exception {
        var in = inputs("{}", "{}", 30);
        assertThat(CEL.holds("form.contributionMonths >= 3", in)).isFalse();
        assertThat(CEL.holds("!has(form.contributionMonths)", in)).isTrue();
    }

    @Test
    void applicantFactsComeFromIdentity() throws Exception {
        assertThat(CEL.holds("applicant.age >= 60", inputs("{}", "{}", 61))).isTrue();
        assertThat(CEL.holds("applicant.age >= 60", inputs("{}", "{}", 59))).isFalse();
        assertThat(CEL.holds("applicant.district == '350205'", inputs("{}", "{}", 59)))
                .isTrue();
    }

    @Test
    void compileErrorsAreReportedNotThrown() {
        assertThat(CEL.compileError("form.x >")).isPresent();
        assertThat(CEL.compileError("form.x + 1")).as("must be boolean").isPresent();
        assertThat(CEL.compileError("unknownVar == 1")).isPresent();
        assertThat(CEL.compileError("form.x in ['a', 'b']")).isEmpty();
    }
}
