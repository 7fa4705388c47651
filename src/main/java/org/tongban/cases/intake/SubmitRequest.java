package org.tongban.cases.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.catalog.Channel;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.network.GeoPoint;

/**
 * An application as submitted.
 *
 * @param applicant for clerks and kiosks: the person or organisation applying; citizens leave it out
 *     to apply for themselves (their identity comes from their token) or name the organisation they
 *     act for
 * @param agent for clerks and kiosks: the person acting for the applicant, required for an
 *     organisation (online, the citizen is the agent)
 * @param residence the applicant's registered residence, as they declare it
 * @param location where the applicant is, for routing to the nearest window
 * @param preferredPoint a service point the applicant prefers, honoured when it handles the item
 * @param receivingWindow for clerks: the window they are at
 * @param fileDespiteUnmetConditions the applicant's choice, when the only problems are unmet acceptance
 *     conditions, to file it anyway and receive a reasoned decision not to accept it (不予受理)
 */
public record SubmitRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}")
        String itemCode,

        @NotNull Channel channel,

        @NotNull @Schema(description = "Form values; the item version's JSON Schema says which")
        ObjectNode form,

        @NotNull @Size(max = 50) List<@Valid OfferedMaterial> materials,
        @Valid ApplicantIdentity applicant,
        @Valid AgentIdentity agent,
        @Valid DeclaredResidence residence,
        @Valid GeoPoint location,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9-]{1,60}") String preferredPoint,

        @NotBlank @Pattern(regexp = "1\\d{10}", message = "{constraint.mobile-number}")
        String contactPhone,

        @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}") String receivingWindow,

        @Schema(
                description = "When the only problems are unmet acceptance conditions (code condition-not-met):"
                        + " true files the application anyway; it is received, numbered and at once not accepted"
                        + " (不予受理) with the reasons and the right to review or sue. Default: refused with 422,"
                        + " nothing stored.")
        Boolean fileDespiteUnmetConditions) {

    boolean filesDespiteUnmetConditions() {
        return Boolean.TRUE.equals(fileDespiteUnmetConditions);
    }
}
