package org.tongban.catalog;

import java.util.Map;

/**
 * What rules may know of the applicant, from their verified identity and what they declared
 * (never from the form), seen by CEL as {@code applicant}. Absent facts are left out of the map, so
 * a rule tests them with {@code has(applicant.x)}.
 *
 * @param age persons: whole years from the resident ID's birth date
 * @param district the registered residence (户籍所在地) the applicant declared, when they did
 * @param agent whether someone acts for the applicant (代理人、经办人)
 * @param retirementAgeReached persons: per category ({@code male-60}, {@code female-55},
 *     {@code female-50}) whether the statutory retirement age is reached today; false for the
 *     categories of the other sex
 */
public record ApplicantFacts(
        ApplicantKind kind, Integer age, String district, Boolean agent, Map<String, Boolean> retirementAgeReached) {}
