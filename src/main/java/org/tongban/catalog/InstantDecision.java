package org.tongban.catalog;

import java.util.List;

/**
 * Whether an application is approved instantly (秒批): only when the version has instant-approval
 * rules and every one of them holds.
 *
 * @param approvedBy the rules that held, recorded as the grounds of an automatic approval
 * @param failures the rules that did not hold or could not be checked
 */
public record InstantDecision(boolean approved, List<Condition> approvedBy, List<RuleFailure> failures) {}
