package org.tongban.outbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A webhook subscription as an administrator asks for it. Every bound fits its column once joined
 * with commas: event types 20 × (48 + 1) ≤ VARCHAR(1000), districts 20 × (20 + 1) ≤ VARCHAR(500).
 *
 * @param url an https URL (see {@link WebhookAddressPolicy}); at most 500 characters
 * @param eventTypes application event types (application.accept, application.approve …) or "*"
 * @param districts handling districts whose events to send; empty for all
 * @param secret shared secret for the HMAC-SHA256 signature; never shown again
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 500) String url,

        @NotEmpty @Size(max = 20)
        List<@NotNull @Size(max = 48) @Pattern(regexp = "\\*|application\\.[a-z-]+") String> eventTypes,

        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-z-]{2,20}") String> districts,
        @NotBlank @Size(min = 16, max = 200) String secret) {}
