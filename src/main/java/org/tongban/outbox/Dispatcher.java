package org.tongban.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.cases.Application;
import org.tongban.common.RetryOnConflict;

/**
 * Fans outbox events out into deliveries: one per interested webhook subscription, and an SMS to
 * the applicant for the events they are told of — to a phone their own account holds, and at most
 * the configured number per application. Several instances may run it at once: each takes
 * a batch of undispatched events with SKIP LOCKED, so no event is fanned out twice.
 */
@ApplicationScoped
public class Dispatcher {

    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxConfig config;

    @Scheduled(
            every = "${tongban.jobs.outbox-dispatch-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (dispatchBatch() == BATCH) {
            // keep up with a burst
        }
    }

    /** Returns how many events it fanned out. */
    @RetryOnConflict
    @Transactional
    public int dispatchBatch() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM outbox_event WHERE dispatched = FALSE ORDER BY id LIMIT " + BATCH
                                + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<OutboxEvent> events = OutboxEvent.list(
                "id IN ?1 ORDER BY id", ids.stream().map(Number::longValue).toList());
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active", true);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Long> textsSoFar = new HashMap<>();
        for (OutboxEvent event : events) {
            subscriptions.stream()
                    .filter(s -> s.wants(event))
                    .forEach(s -> newDelivery(event, Delivery.Channel.WEBHOOK, s.id, null, null, now));
            if (event.notification != null) {
                smsRecipient(event.applicationNumber, textsSoFar)
                        .ifPresent(phone ->
                                newDelivery(event, Delivery.Channel.SMS, null, phone, event.notification, now));
            }
            event.dispatched = true;
        }
        return events.size();
    }

    /**
     * The phone to text about an application: only one its applicant's account holds, and only
     * while the application has had fewer than the configured number of messages.
     */
    private Optional<String> smsRecipient(String number, Map<String, Long> textsSoFar) {
        Optional<Application> application = Application.byNumber(number).filter(a -> a.smsPhoneConfirmed);
        if (application.isEmpty()) {
            return Optional.empty();
        }
        long sent = textsSoFar.computeIfAbsent(number, this::textsSent);
        if (sent >= config.smsPerApplication()) {
            return Optional.empty();
        }
        textsSoFar.put(number, sent + 1);
        return Optional.of(application.get().contactPhone);
    }

    private long textsSent(String number) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM delivery d JOIN outbox_event e"
                                + " ON e.id = d.outbox_event_id WHERE e.application_number = ?1 AND d.channel = 'SMS'")
                        .setParameter(1, number)
                        .getSingleResult())
                .longValue();
    }

    private static void newDelivery(
            OutboxEvent event,
            Delivery.Channel channel,
            Long subscription,
            String phone,
            String message,
            LocalDateTime now) {
        var delivery = new Delivery();
        delivery.outboxEventId = event.id;
        delivery.channel = channel;
        delivery.subscriptionId = subscription;
        delivery.recipient = phone;
        delivery.message = message;
        delivery.status = Delivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.persist();
    }
}
