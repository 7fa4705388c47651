package org.tongban.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, at least once each. An instance first claims a batch (SKIP LOCKED, and the
 * claimed rows' next attempt pushed past the claim period) and commits, then sends the whole batch
 * side by side outside any transaction, each send cut off after the request timeout, then records
 * every result. A batch therefore lasts about one request timeout, well within its claim (checked
 * at startup), so another instance never sends a claimed delivery twice; if the claimer dies, the
 * delivery becomes due again when its claim runs out. One slow receiver holds up only its own
 * sends: it gets at most {@link #PER_RECEIVER} places in a batch, beside SMS and other receivers.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private static final int BATCH = 20;
    /** Places one webhook subscription may take in a batch. */
    static final int PER_RECEIVER = 4;
    /** Due deliveries looked at to fill a batch fairly; the ones not taken are left unclaimed. */
    private static final int CANDIDATES = BATCH * 5;
    /** Time given to a send beyond its own timeout before it is counted as timed out. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    @Inject
    EntityManager em;

    @Inject
    NotificationSender notifications;

    @Inject
    WebhookSender webhooks;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    /** One claimed delivery with everything needed to send it, read in the claiming transaction. */
    private record Claimed(Delivery delivery, WebhookSender.Webhook webhook, boolean inactive) {}

    void checkClaimOutlivesBatch(@Observes StartupEvent started) {
        Duration batch = config.requestTimeout().plus(GRACE);
        if (config.claim().compareTo(batch.multipliedBy(3)) < 0) {
            throw new IllegalStateException("tongban.outbox.claim (" + config.claim()
                    + ") must be at least three times tongban.outbox.request-timeout plus one second (" + batch
                    + "), or a second instance could send a delivery whose batch is still running");
        }
    }

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
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, DeliveryOutcome> outcomes = sendAll(claimed);
        QuarkusTransaction.requiringNew().run(() -> {
            // One read for the batch, not one per delivery.
            Delivery.<Delivery>list("id IN ?1", outcomes.keySet())
                    .forEach(delivery -> record(delivery, outcomes.get(delivery.id)));
        });
        return claimed.size();
    }

    private List<Claimed> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(
                        "SELECT id, subscription_id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                                + " ORDER BY next_attempt_at, id LIMIT " + CANDIDATES + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now())
                .getResultList();
        List<Long> taken = fairShare(due);
        if (taken.isEmpty()) {
            return List.of();
        }
        Delivery.update("nextAttemptAt = ?1 WHERE id IN ?2", now().plus(config.claim()), taken);
        List<Claimed> claimed = new ArrayList<>();
        for (Delivery delivery : Delivery.<Delivery>list("id IN ?1", taken)) {
            claimed.add(prepare(delivery));
        }
        return claimed;
    }

    /** The batch: in due order, each subscription at most {@link #PER_RECEIVER} times. */
    private static List<Long> fairShare(List<Object[]> due) {
        Map<Long, Integer> perReceiver = new HashMap<>();
        List<Long> taken = new ArrayList<>();
        for (Object[] row : due) {
            if (taken.size() == BATCH) {
                break;
            }
            Long subscription = row[1] == null ? null : ((Number) row[1]).longValue();
            if (subscription == null || perReceiver.merge(subscription, 1, Integer::sum) <= PER_RECEIVER) {
                taken.add(((Number) row[0]).longValue());
            }
        }
        return taken;
    }

    private Claimed prepare(Delivery delivery) {
        if (delivery.channel == Delivery.Channel.SMS) {
            return new Claimed(delivery, null, false);
        }
        OutboxEvent event = OutboxEvent.findById(delivery.outboxEventId);
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        var webhook = new WebhookSender.Webhook(
                delivery.id, subscription.url, subscription.secret, event.eventId, event.eventType, event.payload);
        return new Claimed(delivery, webhook, !subscription.active);
    }

    /** Sends every claimed delivery side by side; a send not done by the deadline counts as timed out. */
    private Map<Long, DeliveryOutcome> sendAll(List<Claimed> claimed) {
        // Not closed with try-with-resources: closing waits for every task, and a name lookup cannot
        // be interrupted. A send still running after the deadline is abandoned and retried later.
        ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor();
        Map<Long, Future<DeliveryOutcome>> running = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            running.put(c.delivery().id, sends.submit(() -> send(c)));
        }
        long deadline = System.nanoTime() + config.requestTimeout().plus(GRACE).toNanos();
        Map<Long, DeliveryOutcome> outcomes = new LinkedHashMap<>();
        running.forEach((id, outcome) -> outcomes.put(id, await(outcome, deadline)));
        sends.shutdownNow();
        return outcomes;
    }

    private static DeliveryOutcome await(Future<DeliveryOutcome> outcome, long deadline) {
        try {
            return outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return DeliveryOutcome.failed(DeliveryOutcome.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed(DeliveryOutcome.TIMEOUT);
        } catch (ExecutionException e) {
            LOG.warnf(
                    "Delivery failed unexpectedly: %s", e.getCause().getClass().getName());
            return DeliveryOutcome.failed(DeliveryOutcome.NETWORK);
        }
    }

    private DeliveryOutcome send(Claimed claimed) {
        if (claimed.inactive()) {
            return DeliveryOutcome.failed(DeliveryOutcome.SUBSCRIPTION_INACTIVE);
        }
        if (claimed.webhook() != null) {
            return webhooks.send(claimed.webhook());
        }
        Delivery sms = claimed.delivery();
        try {
            notifications.send(sms.recipient, sms.message);
            return DeliveryOutcome.sent();
        } catch (Exception e) {
            LOG.warnf("SMS delivery %d failed: %s", sms.id, e.getClass().getName());
            return DeliveryOutcome.failed(DeliveryOutcome.GATEWAY);
        }
    }

    private void record(Delivery delivery, DeliveryOutcome outcome) {
        delivery.attempts++;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.status = Delivery.Status.DELIVERED;
            delivery.deliveredAt = now().truncatedTo(ChronoUnit.SECONDS);
        } else if (outcome.isFinal() || delivery.attempts >= config.maxAttempts()) {
            delivery.status = Delivery.Status.DEAD;
        } else {
            delivery.nextAttemptAt =
                    now().plus(Backoff.after(delivery.attempts, config.firstBackoff(), config.maxBackoff()));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
