package org.tongban.catalog;

import jakarta.validation.constraints.Size;

/**
 * What rules may know of the applicant, derived from their verified identity (never from the form):
 * age from the resident ID's birth date, district of residence.
 */
public record ApplicantFacts(Integer age, @Size(max = 20) String district) {}
