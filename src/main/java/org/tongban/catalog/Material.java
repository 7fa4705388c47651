package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.tongban.common.LocalizedText;
import org.tongban.licences.LicenceType;

/**
 * One material of the materials list (申请材料).
 *
 * @param appliesWhen the case (情形) it applies to, as CEL over the application; null = always
 * @param licence the kind of e-licence that is this material: an {@code E-LICENCE} reference handed in
 *     for it must be of this kind, and a material {@link Necessity#EXEMPT_IF_HELD exempt when held}
 *     (免提交) is taken from the applicant's licences of this kind (required then: checked at publish)
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
        @Valid LocalizedText standard,
        LicenceType licence) {}
