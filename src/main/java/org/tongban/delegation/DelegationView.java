package org.tongban.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.common.Divisions;
import org.tongban.common.LocalizedText;

/**
 * A delegation as seeds write it and readers see it.
 *
 * @param id the register's number for the entry, which routing decisions and cases name; assigned
 *     when it is first stored, never written
 * @param district where the holder holds the item: a division, a zone, or 350200 for the city
 * @param level GB/T 39046 A.2 exercise level of the holder
 * @param powerSource 1 法定本级行使 2 上级下放 3 上级授权 4 同级授权 5 上级委托 6 同级委托
 * @param validTo last day in force (inclusive); null = open-ended
 * @param receivedAt the service point that receives applications
 * @param handledBy the service point where the holder handles them: routing sends cases there
 */
public record DelegationView(
        @Null @Schema(readOnly = true) Long id,
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
        @NotBlank String handledBy) {

    /** Exercise levels (GB/T 39046 A.2) of the city or above: 1 national, 2 provincial, 3 city. */
    private static final Set<String> CITY_OR_ABOVE = Set.of("1", "2", "3");

    /** Power sources 5 上级委托 and 6 同级委托. */
    private static final Set<String> ENTRUSTED = Set.of("5", "6");

    /** Whether the entry is in force on the day (both ends inclusive). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * The area whose bodies hold the item under this entry, and so whose reviewers decide its cases:
     * the city when the holder exercises it at city level (an office of a city body in a district,
     * such as the fund centre's Tong'an office, is still the city), else the district or zone.
     */
    public String holderArea() {
        return CITY_OR_ABOVE.contains(level) ? Divisions.CITY : district;
    }

    /**
     * The body in whose name decisions under this entry are issued: for an entrustment (委托, power
     * sources 5 and 6) the entrusting body, since the entrusted one acts in its name (Administrative
     * Licensing Law Art. 24); otherwise the holder.
     */
    public LocalizedText decidesInNameOf() {
        return ENTRUSTED.contains(powerSource) && delegatedFrom != null ? delegatedFrom : holder;
    }

    /** The entry as it is written, without the number the register gave it. */
    DelegationView withoutId() {
        return new DelegationView(
                null,
                item,
                district,
                holder,
                level,
                powerSource,
                delegatedFrom,
                legalBasis,
                validFrom,
                validTo,
                receivedAt,
                handledBy);
    }

    static DelegationView of(Delegation d) {
        return new DelegationView(
                d.id,
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
