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
import org.hibernate.jpa.HibernateHints;
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
        List<Long> batch = ids.stream().map(Number::longValue).toList();
        List<OutboxEvent> events = OutboxEvent.<OutboxEvent>find("id IN ?1 ORDER BY id", batch)
                .withHint(HibernateHints.HINT_READ_ONLY, true) // marked dispatched below, in one statement
                .list();
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active", true);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        SmsRecipients recipients = smsRecipients(events);
        for (OutboxEvent event : events) {
            subscriptions.stream()
                    .filter(s -> s.wants(event))
                    .forEach(s -> newDelivery(event, Delivery.Channel.WEBHOOK, s.id, null, null, now));
            if (event.notification != null) {
                recipients
                        .next(event.applicationNumber)
                        .ifPresent(phone ->
                                newDelivery(event, Delivery.Channel.SMS, null, phone, event.notification, now));
            }
        }
        OutboxEvent.update("dispatched = true WHERE id IN ?1", batch);
        return events.size();
    }

    /**
     * Whom to text about the batch's applications: only a phone the applicant's own account holds,
     * and only while the application has had fewer than the configured number of messages. Read
     * for the whole batch at once (two statements, however many events).
     */
    private SmsRecipients smsRecipients(List<OutboxEvent> events) {
        List<String> numbers = events.stream()
                .filter(e -> e.notification != null)
                .map(e -> e.applicationNumber)
                .distinct()
                .toList();
        if (numbers.isEmpty()) {
            return new SmsRecipients(Map.of(), new HashMap<>(), config.smsPerApplication());
        }
        Map<String, String> phones = new HashMap<>();
        Application.<Application>list("number IN ?1 AND smsPhoneConfirmed = true", numbers)
                .forEach(a -> phones.put(a.number, a.contactPhone));
        Map<String, Long> sent = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT e.application_number, COUNT(*) FROM delivery d"
                        + " JOIN outbox_event e ON e.id = d.outbox_event_id"
                        + " WHERE e.application_number IN (?1) AND d.channel = 'SMS' GROUP BY e.application_number")
                .setParameter(1, numbers)
                .getResultList();
        counts.forEach(row -> sent.put((String) row[0], ((Number) row[1]).longValue()));
        return new SmsRecipients(phones, sent, config.smsPerApplication());
    }

    /** The batch's SMS budget: each text taken counts against its application's limit. */
    private record SmsRecipients(Map<String, String> phones, Map<String, Long> sent, long limit) {

        Optional<String> next(String number) {
            String phone = phones.get(number);
            long sentSoFar = sent.getOrDefault(number, 0L);
            if (phone == null || sentSoFar >= limit) {
                return Optional.empty();
            }
            sent.put(number, sentSoFar + 1);
            return Optional.of(phone);
        }
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
