package org.tongban.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends due deliveries, at least once each. An instance first claims a batch (SKIP LOCKED, and the
 * claimed rows' next attempt pushed past the claim period) and commits, then sends outside any
 * transaction, then records each result. Another instance never sends a claimed delivery; if the
 * claimer dies, the delivery becomes due again when its claim runs out.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final int BATCH = 20;

    @Inject
    EntityManager em;

    @Inject
    NotificationSender notifications;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The outcome of one attempt. */
    record Attempt(boolean delivered, Integer status, String error) {}

    @Scheduled(
            every = "${tongban.jobs.outbox-deliver-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (deliverBatch() == BATCH) {
            // keep up with a burst
        }
    }

    /** Claims and sends one batch of due deliveries; returns how many it attempted. */
    public int deliverBatch() {
        List<Long> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        for (Long id : claimed) {
            Delivery delivery = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
            Attempt attempt = send(delivery);
            QuarkusTransaction.requiringNew().run(() -> record(id, attempt));
        }
        return claimed.size();
    }

    private List<Long> claim() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                                + " ORDER BY next_attempt_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now())
                .getResultList();
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        if (!claimed.isEmpty()) {
            Delivery.update("nextAttemptAt = ?1 WHERE id IN ?2", now().plus(config.claim()), claimed);
        }
        return claimed;
    }

    private Attempt send(Delivery delivery) {
        try {
            if (delivery.channel == Delivery.Channel.SMS) {
                notifications.send(delivery.recipient, delivery.message);
                return new Attempt(true, null, null);
            }
            var context = QuarkusTransaction.requiringNew().call(() -> new Object[] {
                OutboxEvent.<OutboxEvent>findById(delivery.outboxEventId),
                WebhookSubscription.findById(delivery.subscriptionId)
            });
            OutboxEvent event = (OutboxEvent) context[0];
            WebhookSubscription subscription = (WebhookSubscription) context[1];
            var request = HttpRequest.newBuilder(URI.create(subscription.url))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("X-Tongban-Event-Id", event.eventId)
                    .header("X-Tongban-Event-Type", event.eventType)
                    .header("X-Tongban-Delivery", String.valueOf(delivery.id))
                    .header(Signatures.HEADER, Signatures.sign(subscription.secret, event.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(event.payload))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Attempt(status / 100 == 2, status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException e) {
            return new Attempt(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        } catch (Exception e) {
            return new Attempt(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void record(long id, Attempt attempt) {
        Delivery delivery = Delivery.findById(id);
        delivery.attempts++;
        delivery.lastStatus = attempt.status();
        delivery.lastError = attempt.error() == null ? null : truncate(attempt.error());
        if (attempt.delivered()) {
            delivery.status = Delivery.Status.DELIVERED;
            delivery.deliveredAt = now().truncatedTo(ChronoUnit.SECONDS);
        } else if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = Delivery.Status.DEAD;
        } else {
            delivery.nextAttemptAt =
                    now().plus(Backoff.after(delivery.attempts, config.firstBackoff(), config.maxBackoff()));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
