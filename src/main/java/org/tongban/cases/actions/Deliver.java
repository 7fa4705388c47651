package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.APPROVED;
import static org.tongban.cases.ApplicationState.COMPLETED;
import static org.tongban.cases.ApplicationState.REFUSED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Counters;

/**
 * 送达: the decision reaches the applicant — picked up at the window, posted (with its tracking
 * number) or issued as an electronic certificate (with its id) — and the case is completed.
 * Administrative Licensing Law Art. 44: within ten working days of the decision (a warning clock,
 * see the warnings). An approval is not delivered while materials accepted for later (容缺后补) are
 * still owed.
 */
public final class Deliver extends CaseAction<Deliver.Request, Deliver.Delivery> {

    @Schema(
            name = "DeliverRequest",
            description = "送达: how the decision reached the applicant",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "DELIVER"))
    public record Request(
            @NotNull @Valid Delivery delivery,
            @Size(max = 2000) String comment) implements ActionRequest {}

    /** How the decision was delivered; each way carries what proves it. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = WindowPickup.class, name = "WINDOW_PICKUP"),
        @JsonSubTypes.Type(value = Post.class, name = "POST"),
        @JsonSubTypes.Type(value = ECertificate.class, name = "E_CERTIFICATE")
    })
    @Schema(
            name = "Delivery",
            oneOf = {WindowPickup.class, Post.class, ECertificate.class},
            discriminatorProperty = "method",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "WINDOW_PICKUP", schema = WindowPickup.class),
                @DiscriminatorMapping(value = "POST", schema = Post.class),
                @DiscriminatorMapping(value = "E_CERTIFICATE", schema = ECertificate.class)
            })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public sealed interface Delivery {}

    @Schema(
            name = "WindowPickup",
            description = "Picked up at the window",
            requiredProperties = "method",
            properties = @SchemaProperty(name = "method", type = SchemaType.STRING, enumeration = "WINDOW_PICKUP"))
    public record WindowPickup(@Size(max = 100) String recipient) implements Delivery {}

    @Schema(
            name = "Post",
            description = "Posted; the tracking number is required",
            requiredProperties = "method",
            properties = @SchemaProperty(name = "method", type = SchemaType.STRING, enumeration = "POST"))
    public record Post(
            @NotBlank @Size(max = 60) String trackingNumber,
            @Size(max = 100) String recipient) implements Delivery {}

    @Schema(
            name = "ECertificate",
            description = "Issued as an electronic certificate; its id is required",
            requiredProperties = "method",
            properties = @SchemaProperty(name = "method", type = SchemaType.STRING, enumeration = "E_CERTIFICATE"))
    public record ECertificate(@NotBlank @Size(max = 80) String certificateId) implements Delivery {}

    Deliver() {
        super(Action.DELIVER, Set.of(APPROVED, REFUSED), Target.state(COMPLETED), Set.of(Party.HANDLING_CLERK));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        if (a.state == ApplicationState.APPROVED) {
            OwedMaterials.requireNone(a, c.json(), "owed.no-delivery");
        }
    }

    @Override
    protected Delivery change(Application a, Request request, CaseContext c) {
        a.completedAt = c.now();
        return request.delivery();
    }

    @Override
    protected Counters counters(Application a, CaseContext c) {
        return Counters.COMPLETED;
    }
}
