package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.tongban.common.LocalizedText;

/** One step of the flow (办理流程): who acts, and the step's own limit. */
public record FlowStep(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") String code,
        @NotNull @Valid LocalizedText name,
        @NotBlank @Pattern(regexp = "clerk|reviewer") String role,
        @NotNull @Valid Limit limit) {}
