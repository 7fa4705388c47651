package org.tongban.processing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tongban.application.Action;
import org.tongban.catalog.OfferedMaterial;

/**
 * An action on an application, with the fields that action needs (see {@link ActionChecks}):
 * reasons and the right to review for refusals, the list of deficiencies for a supplement request,
 * the new values for a supplement, the procedure, the extension, the delivery.
 */
public record ActionRequest(
        @NotNull Action action,
        @Size(max = 2000) String comment,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons,
        @Size(max = 500) String legalBasis,
        @Size(max = 500) String rightToReview,
        @Size(max = 50) List<@Valid Deficiency> missing,
        ObjectNode form,
        @Size(max = 50) List<@Valid OfferedMaterial> materials,
        @Valid SpecialProcedure procedure,
        @Valid Extension extension,
        @Valid Delivery delivery) {

    /** One thing to supplement: {@code form.<field>} or {@code materials.<code>}, and what is wrong with it. */
    public record Deficiency(
            @NotBlank @Size(max = 100) String target,
            @NotBlank @Size(max = 500) String problem) {}

    /** Art. 45: time not counted, told to the applicant with its reason and expected length. */
    public record SpecialProcedure(
            @NotNull ProcedureKind kind,
            @NotBlank @Size(max = 500) String reason,
            @NotNull @Min(1) @Max(365) Integer expectedWorkingDays) {}

    /** Art. 42: an approved extension of the statutory limit, with its reason. */
    public record Extension(
            @NotNull @Min(1) @Max(60) Integer days,
            @NotBlank @Size(max = 500) String reason) {}

    public record Delivery(
            @NotNull DeliveryMethod method,
            @Size(max = 60) String trackingNumber,
            @Size(max = 80) String certificateId,
            @Size(max = 100) String recipient) {}

    public enum ProcedureKind {
        HEARING,
        TENDERING,
        AUCTION,
        INSPECTION,
        TESTING,
        QUARANTINE,
        APPRAISAL,
        EXPERT_REVIEW,
        PUBLIC_NOTICE,
        SURVEY
    }

    public enum DeliveryMethod {
        WINDOW_PICKUP,
        POST,
        E_CERTIFICATE
    }
}
