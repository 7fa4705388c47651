package org.tongban.outbox;

import java.time.LocalDateTime;

public record DeliveryView(
        long id,
        String eventId,
        String eventType,
        Delivery.Status status,
        int attempts,
        LocalDateTime nextAttemptAt,
        Integer lastStatus,
        String lastError,
        LocalDateTime deliveredAt) {}
