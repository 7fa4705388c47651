package org.tongban.catalog;

import org.tongban.common.LocalizedText;

/**
 * One step of the flow (办理流程): who acts, and the step's own limit.
 *
 * @param role clerk or reviewer
 */
public record FlowStep(String code, LocalizedText name, String role, Limit limit) {}
