package org.tongban.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tongban.common.LocalizedText;

/**
 * One version of an item: the whole standard (办事指南) every window applies identically — limits,
 * conditions, form, materials, flow, channels, visits, online depth, scope, instant approval, fee,
 * result — and an example application that satisfies it. Published versions never change.
 * Nothing is checked on construction: {@link PublishingRules} lists every problem at once.
 *
 * @param version assigned by the service for drafts made through the API; given in seeds
 * @param validTo the last day in force, inclusive (as in 有效期至 …); null = open-ended
 * @param extension how far, once, the statutory limit may be extended (Art. 42); null = {@link
 *     StatutoryExtension#DEFAULT}
 * @param yellowThreshold working days left at which a case turns yellow; null = 1
 * @param parameters item parameters visible to rules as {@code params} (e.g. a rent cap)
 * @param form the application form as a JSON Schema (draft 2020-12)
 * @param maxVisits boxed so that a missing value is reported, not read as a zero-visit promise
 * @param scope CITYWIDE: any holder of the item in the city may handle it; DISTRICT: only the
 *     holder for the competent district
 * @param competentDistrictFrom what decides the competent district: for a DISTRICT item, whose
 *     holder handles it; for a CITYWIDE one, where "nearby" is measured from when the applicant
 *     gives no position and no point received it
 * @param resultType GB/T 39046: 1 licence, 2 approval document, 3 other, 4 none
 */
public record ItemStandard(
        Integer version,
        LocalDate validFrom,
        LocalDate validTo,
        HandlingType handlingType,
        Limit statutoryLimit,
        Limit promisedLimit,
        @Valid StatutoryExtension extension,
        Integer yellowThreshold,
        ObjectNode parameters,
        ObjectNode form,
        @Size(max = 50) List<@Valid Condition> conditions,
        @Size(max = 50) List<@Valid Material> materials,
        @Size(max = 20) List<@Valid FlowStep> flow,
        @Size(max = 20) Set<Channel> channels,
        @Size(max = 20) Set<PointType> handlingPointTypes,
        Integer maxVisits,
        @Valid LocalizedText visitsReason,
        OnlineDepth onlineDepth,
        ItemScope scope,
        CompetentDistrictSource competentDistrictFrom,
        @Valid InstantApproval instantApproval,
        @Valid Fee fee,
        @Size(max = 1) String resultType,
        @Valid ExampleApplication example) {

    /** Working days left at which a running case turns yellow. */
    public int yellowThresholdOrDefault() {
        return yellowThreshold == null ? 1 : yellowThreshold;
    }

    /** Art. 42: the extension this version allows. */
    public StatutoryExtension extensionOrDefault() {
        return extension == null ? StatutoryExtension.DEFAULT : extension;
    }

    /** Whether this version is in force on {@code day} (both ends inclusive). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the two versions share at least one day in force. */
    public boolean overlaps(ItemStandard other) {
        boolean endsBeforeOtherStarts = validTo != null && validTo.isBefore(other.validFrom);
        boolean startsAfterOtherEnds = other.validTo != null && validFrom.isAfter(other.validTo);
        return !endsBeforeOtherStarts && !startsAfterOtherEnds;
    }

    /** The same standard under the number the service assigns to a draft. */
    public ItemStandard withVersion(int number) {
        return new ItemStandard(
                number,
                validFrom,
                validTo,
                handlingType,
                statutoryLimit,
                promisedLimit,
                extension,
                yellowThreshold,
                parameters,
                form,
                conditions,
                materials,
                flow,
                channels,
                handlingPointTypes,
                maxVisits,
                visitsReason,
                onlineDepth,
                scope,
                competentDistrictFrom,
                instantApproval,
                fee,
                resultType,
                example);
    }
}
