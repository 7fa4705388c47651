package org.tongban.catalog;

import org.tongban.common.LocalizedText;

/**
 * One material of the materials list (申请材料).
 *
 * @param appliesWhen the case (情形) it applies to, as CEL over the application; null = always
 */
public record Material(
        String code,
        LocalizedText name,
        Necessity necessity,
        MaterialSource source,
        Medium medium,
        int originals,
        int copies,
        String appliesWhen,
        LocalizedText standard) {}
