package org.tongban.application;

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
 * @param applicant for clerks and kiosks: the citizen present; citizens apply for themselves and
 *     leave it out (their identity comes from their token)
 * @param location where the applicant is, for routing to the nearest window
 * @param district the applicant's district; defaults to the one their resident ID was issued in
 * @param preferredPoint a service point the applicant prefers, honoured when it handles the item
 * @param receivingWindow for clerks: the window they are at
 */
public record SubmitRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}")
        String itemCode,

        @NotNull Channel channel,

        @NotNull @Schema(description = "Form values; the item version's JSON Schema says which")
        ObjectNode form,

        @NotNull @Size(max = 50) List<@Valid OfferedMaterial> materials,
        @Valid ApplicantIdentity applicant,
        @Valid GeoPoint location,
        @Pattern(regexp = "[0-9a-z-]{2,20}") String district,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9-]{1,60}") String preferredPoint,

        @NotBlank @Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mobile number")
        String contactPhone,

        @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}") String receivingWindow) {}
