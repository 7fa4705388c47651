package org.tongban.outbox;

import java.time.LocalDateTime;
import java.util.List;

/** A subscription as shown back: everything but its secret. */
public record SubscriptionView(
        long id,
        String url,
        List<String> eventTypes,
        List<String> districts,
        boolean active,
        String createdBy,
        LocalDateTime createdAt) {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(
                s.id,
                s.url,
                WebhookSubscription.list(s.eventTypes),
                WebhookSubscription.list(s.districts),
                s.active,
                s.createdBy,
                s.createdAt);
    }
}
