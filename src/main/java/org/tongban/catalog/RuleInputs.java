package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a rule is evaluated over: the form values, the version's parameters, and facts about the
 * applicant taken from their identity.
 */
public record RuleInputs(JsonNode form, JsonNode params, ApplicantFacts applicant) {}
