package org.tongban.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.Channel;
import org.tongban.routing.RoutingRule;

/**
 * An application as one caller sees it: the applicant and their agent see the applicant's ID number
 * and phone in full, the agent their own ID number too; everyone else sees them masked.
 *
 * @param agent the person who acted for the applicant, when one did
 * @param residence the registered residence the applicant declared, when they did
 * @param competentDistrict the district the item's standard made competent, when known
 * @param ratingCode only in the response to a submission at a window, kiosk or partner outlet: the
 *     one-time code to print on the receipt, with which the applicant rates the case (shown once,
 *     never stored; a replay of the submission does not repeat it)
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
        List<HandedInMaterial> materials,
        List<String> owedMaterials,
        String bundle,
        String actingClient,
        LocalDateTime submittedAt,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        LocalDateTime decidedAt,
        LocalDateTime completedAt,
        Deadline deadline,
        JsonNode decision,
        String ratingCode,

        @Schema(
                description = "The actions the caller may take on the case now (state, party and the case's own"
                        + " conditions, from the one action table), each with the request it needs; only in the view of one"
                        + " application and in the answer to an action, not in lists")
        List<AllowedAction> allowedActions) {

    /**
     * One material of the case: where it is, and for an e-licence which one the library answered.
     *
     * @param licence for an {@code E-LICENCE} material received since licences are looked up
     */
    @Schema(name = "HandedInMaterial")
    public record HandedInMaterial(String code, String reference, UsedLicence licence) {}

    /**
     * One action the caller may take now.
     *
     * @param as the role the caller takes it in
     * @param schema the request body's schema in this contract, with {@code action} set to the name
     * @param required the fields of the body the action requires besides {@code action}
     */
    @Schema(name = "AllowedAction")
    public record AllowedAction(String action, String as, String schema, List<String> required) {}

    public ApplicationView withAllowedActions(List<AllowedAction> actions) {
        return with(ratingCode, actions);
    }

    /** The same view carrying the receipt's rating code. */
    public ApplicationView withRatingCode(String code) {
        return with(code, allowedActions);
    }

    /** The one copy: every field as it is but the two added after the view is built. */
    private ApplicationView with(String code, List<AllowedAction> actions) {
        return new ApplicationView(
                number,
                state,
                item,
                channel,
                applicant,
                agent,
                residence,
                competentDistrict,
                received,
                handled,
                forwarded,
                routing,
                form,
                materials,
                owedMaterials,
                bundle,
                actingClient,
                submittedAt,
                receivedOn,
                acceptedOn,
                decidedAt,
                completedAt,
                deadline,
                decision,
                code,
                actions);
    }

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
     * The clocks: due dates once accepted (start day not counted, working days per the pinned
     * version), and the electronic-supervision colour with the clock that gives it.
     *
     * @param remainingWorkingDays until the promised due date; negative when overdue
     * @param warningClock the clock that gives the colour (ACCEPTANCE, SUPPLEMENT, PROMISED,
     *     STATUTORY, STEP, DELIVERY), and {@code warningDue} when it runs out
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
            Warning warning,
            org.tongban.cases.Deadline.Kind warningClock,
            LocalDate warningDue) {}
}
