package org.tongban.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.common.LocalizedText;
import org.tongban.network.PointType;

/**
 * One version of an item: the whole standard (办事指南) every window applies identically — limits,
 * conditions, form, materials, flow, channels, visits, online depth, scope, instant approval, fee,
 * result — and an example application that satisfies it. Published versions never change.
 *
 * @param version assigned by the service for drafts made through the API; given in seeds
 * @param validTo last day in force (inclusive); null = open-ended
 * @param yellowThreshold working days left at which a case turns yellow; null = 1
 * @param parameters item parameters visible to rules as {@code params} (e.g. a rent cap)
 * @param form the application form as a JSON Schema (draft 2020-12)
 * @param resultType GB/T 39046: 1 licence, 2 approval document, 3 other, 4 none
 */
public record ItemStandard(
        @Min(1) Integer version,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotNull HandlingType handlingType,
        @NotNull @Valid Limit statutoryLimit,
        @NotNull @Valid Limit promisedLimit,
        @Min(0) @Max(30) Integer yellowThreshold,
        ObjectNode parameters,
        @NotNull ObjectNode form,
        @NotNull List<@Valid Condition> conditions,
        @NotNull List<@Valid Material> materials,
        @NotEmpty List<@Valid FlowStep> flow,
        @NotEmpty Set<Channel> channels,
        @NotEmpty Set<PointType> handlingPointTypes,
        @Min(0) int maxVisits,
        @Valid LocalizedText visitsReason,
        @NotNull @Valid OnlineDepth onlineDepth,
        @NotNull ItemScope scope,
        @Valid InstantApproval instantApproval,
        @NotNull @Valid Fee fee,
        @NotNull @Pattern(regexp = "[1-4]") String resultType,
        @NotNull @Valid ExampleApplication example) {

    public int yellowThresholdOrDefault() {
        return yellowThreshold == null ? 1 : yellowThreshold;
    }

    public Optional<InstantApproval> instant() {
        return Optional.ofNullable(instantApproval);
    }

    /** Whether this version is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(ItemStandard other) {
        boolean endsBeforeOtherStarts = validTo != null && validTo.isBefore(other.validFrom);
        boolean startsAfterOtherEnds = other.validTo != null && validFrom.isAfter(other.validTo);
        return !endsBeforeOtherStarts && !startsAfterOtherEnds;
    }

    public ItemStandard withVersion(int number) {
        return new ItemStandard(
                number,
                validFrom,
                validTo,
                handlingType,
                statutoryLimit,
                promisedLimit,
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
                instantApproval,
                fee,
                resultType,
                example);
    }
}
