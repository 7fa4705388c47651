package org.tongban.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.Channel;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.deadline.Warning;
import org.tongban.routing.RoutingRule;

/**
 * An application as one caller sees it: the applicant and their agent see the applicant's ID number
 * and phone in full, the agent their own ID number too; everyone else sees them masked.
 *
 * @param agent the person who acted for the applicant, when one did
 * @param residence the registered residence the applicant declared, when they did
 * @param competentDistrict the district the item's standard made competent, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        String number,
        ApplicationState state,
        Item item,
        Channel channel,
        Applicant applicant,
        Agent agent,
        String residence,
        String competentDistrict,
        Place received,
        Place handled,
        boolean forwarded,
        RoutingSummary routing,
        JsonNode form,
        List<OfferedMaterial> materials,
        List<String> owedMaterials,
        String bundle,
        String actingClient,
        LocalDateTime submittedAt,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        LocalDateTime decidedAt,
        LocalDateTime completedAt,
        Deadline deadline,
        JsonNode decision) {

    /** The item and the version pinned to this application. */
    public record Item(String code, int version) {}

    /** A person (with their resident ID number) or an organisation (with its credit code). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(ApplicantKind kind, String name, String idNumber, String creditCode, String contactPhone) {}

    public record Agent(String name, String idNumber) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String point, String window, String district) {}

    /**
     * @param delegation the register entry the case was routed under, kept for its life
     * @param holderDistrict the area whose body holds the item for this case: its reviewers decide it
     */
    public record RoutingSummary(RoutingRule rule, Long delegation, String holderDistrict, String explanation) {}

    /**
     * The clock, once accepted (start day not counted, working days per the pinned version).
     *
     * @param remainingWorkingDays until the promised due date; negative when overdue
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(
            LocalDate promisedDue,
            LocalDate statutoryDue,
            Integer remainingWorkingDays,
            String currentStep,
            LocalDate stepDue,
            boolean paused,
            int pausedWorkingDays,
            int extensionDays,
            Warning warning) {}
}
