package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.tongban.common.LocalizedText;

/**
 * One material of the materials list (申请材料).
 *
 * @param appliesWhen the case (情形) it applies to, as a CEL condition over the application; null =
 *     always
 */
public record Material(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull Necessity necessity,
        @NotNull MaterialSource source,
        @NotNull Medium medium,
        @Min(0) int originals,
        @Min(0) int copies,
        String appliesWhen,
        @Valid LocalizedText standard) {}
