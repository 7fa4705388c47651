package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.tongban.common.LocalizedText;

/**
 * One material of the materials list (申请材料).
 *
 * @param appliesWhen the case (情形) it applies to, as CEL over the application; null = always
 */
public record Material(
        @Size(max = 80) String code,
        @Valid LocalizedText name,
        Necessity necessity,
        MaterialSource source,
        Medium medium,
        int originals,
        int copies,
        @Size(max = 2000) String appliesWhen,
        @Valid LocalizedText standard) {}
