package org.tongban.cases.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tongban.catalog.Channel;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.network.GeoPoint;

/**
 * A one-thing bundle (一件事): several items in one submission. Applicant, agent, residence, channel,
 * location and contact are given once, as in {@link SubmitRequest}; {@code sharedForm} values and {@code sharedMaterials} go to every item
 * whose form or materials list has them, each item adding its own.
 */
public record BundleRequest(
        @NotNull Channel channel,
        @NotEmpty @Size(max = 10) List<@Valid Part> items,
        ObjectNode sharedForm,
        @Size(max = 50) List<@Valid OfferedMaterial> sharedMaterials,
        @Valid ApplicantIdentity applicant,
        @Valid AgentIdentity agent,
        @Valid DeclaredResidence residence,
        @Valid GeoPoint location,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9-]{1,60}") String preferredPoint,

        @NotBlank @Pattern(regexp = "1\\d{10}", message = "{constraint.mobile-number}")
        String contactPhone,

        @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}") String receivingWindow) {

    /** One item of the bundle with what only it needs. */
    public record Part(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9-]{1,80}")
            String itemCode,

            ObjectNode form,
            @Size(max = 50) List<@Valid OfferedMaterial> materials) {}
}
