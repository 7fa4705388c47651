package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.tongban.common.LocalizedText;

/**
 * One step of the flow (办理流程): who acts, and the step's own limit.
 *
 * @param role clerk or reviewer
 */
public record FlowStep(
        @Size(max = 40) String code,
        @Valid LocalizedText name,
        @Size(max = 10) String role,
        Limit limit) {}
