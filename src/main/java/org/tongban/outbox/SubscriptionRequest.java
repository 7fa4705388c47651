package org.tongban.outbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A webhook subscription as an administrator asks for it.
 *
 * @param eventTypes application event types (application.accept, application.approve …) or "*"
 * @param districts handling districts whose events to send; empty for all
 * @param secret shared secret for the HMAC-SHA256 signature; never shown again
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 500) String url,
        @NotEmpty List<@Pattern(regexp = "\\*|application\\.[a-z-]+") String> eventTypes,
        @NotNull List<@Pattern(regexp = "[0-9a-z-]{2,20}") String> districts,
        @NotBlank @Size(min = 16, max = 200) String secret) {}
