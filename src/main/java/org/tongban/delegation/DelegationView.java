package org.tongban.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.tongban.common.LocalizedText;

/**
 * A delegation as seeds write it and readers see it.
 *
 * @param level GB/T 39046 A.2 exercise level of the holder
 * @param powerSource 1 法定本级行使 2 上级下放 3 上级授权 4 同级授权 5 上级委托 6 同级委托
 * @param validTo last day in force (inclusive); null = open-ended
 * @param receivedAt the service point that receives applications
 * @param handledBy the service point that handles them
 */
public record DelegationView(
        @NotBlank String item,
        @NotBlank String district,
        @NotNull @Valid LocalizedText holder,
        @NotNull @Pattern(regexp = "[1-7]") String level,
        @NotNull @Pattern(regexp = "[1-6]") String powerSource,
        @Valid LocalizedText delegatedFrom,
        @NotNull @Valid LocalizedText legalBasis,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        String receivedAt,
        String handledBy) {

    static DelegationView of(Delegation d) {
        return new DelegationView(
                d.itemCode,
                d.districtCode,
                new LocalizedText(d.holderZh, d.holderEn),
                d.exerciseLevel,
                d.powerSource,
                d.delegatedFromZh == null ? null : new LocalizedText(d.delegatedFromZh, d.delegatedFromEn),
                new LocalizedText(d.legalBasisZh, d.legalBasisEn),
                d.validFrom,
                d.validTo,
                d.receivedAt,
                d.handledBy);
    }

    void applyTo(Delegation d) {
        d.itemCode = item;
        d.districtCode = district;
        d.holderZh = holder.zh();
        d.holderEn = holder.en();
        d.exerciseLevel = level;
        d.powerSource = powerSource;
        d.delegatedFromZh = delegatedFrom == null ? null : delegatedFrom.zh();
        d.delegatedFromEn = delegatedFrom == null ? null : delegatedFrom.en();
        d.legalBasisZh = legalBasis.zh();
        d.legalBasisEn = legalBasis.en();
        d.validFrom = validFrom;
        d.validTo = validTo;
        d.receivedAt = receivedAt;
        d.handledBy = handledBy;
    }
}
