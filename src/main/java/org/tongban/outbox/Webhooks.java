package org.tongban.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;

/** Managing webhook subscriptions and their deliveries; every change is audited. */
@ApplicationScoped
@Transactional
public class Webhooks {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookTargets targets;

    /** Refused (422, nothing stored) unless the URL and every address its host has may be sent to. */
    public SubscriptionView subscribe(Actor actor, SubscriptionRequest request) {
        try {
            targets.check(request.url());
        } catch (WebhookTargets.Refused refused) {
            throw ProblemException.unprocessable(
                    Message.of("webhooks.cannot-subscribe"),
                    List.of(new FieldError("url", refused.code(), "webhooks." + refused.code())));
        }
        var subscription = new WebhookSubscription();
        subscription.url = request.url();
        subscription.eventTypes = String.join(",", request.eventTypes());
        subscription.districts = String.join(",", request.districts());
        subscription.secret = request.secret();
        subscription.active = true;
        subscription.createdBy = actor.id();
        subscription.createdAt = now().truncatedTo(ChronoUnit.SECONDS);
        subscription.persist();
        SubscriptionView view = SubscriptionView.of(subscription);
        audit.record(actor, "webhook.subscribe", "webhook", String.valueOf(subscription.id), null, null, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionView> list() {
        return WebhookSubscription.<WebhookSubscription>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(SubscriptionView::of)
                .toList();
    }

    public SubscriptionView deactivate(Actor actor, long id) {
        WebhookSubscription subscription = subscription(id);
        SubscriptionView before = SubscriptionView.of(subscription);
        subscription.active = false;
        Delivery.update(
                "status = ?1, lastError = ?2 WHERE subscriptionId = ?3 AND status = ?4",
                Delivery.Status.DEAD,
                DeliveryOutcome.SUBSCRIPTION_INACTIVE,
                id,
                Delivery.Status.PENDING);
        SubscriptionView after = SubscriptionView.of(subscription);
        audit.record(actor, "webhook.deactivate", "webhook", String.valueOf(id), null, before, after);
        return after;
    }

    /** Newest first; {@code beforeId} is the id of the last delivery of the previous page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(long subscriptionId, Delivery.Status status, Long beforeId, int limit) {
        subscription(subscriptionId);
        String filter =
                (status == null ? "" : " AND d.status = :status") + (beforeId == null ? "" : " AND d.id < :before");
        var query = em.createQuery(
                        "SELECT new org.tongban.outbox.DeliveryView(d.id, e.eventId, e.eventType, d.status, d.attempts,"
                                + " d.nextAttemptAt, d.lastStatus, d.lastError, d.deliveredAt) FROM Delivery d, OutboxEvent e"
                                + " WHERE e.id = d.outboxEventId AND d.subscriptionId = :subscription" + filter
                                + " ORDER BY d.id DESC",
                        DeliveryView.class)
                .setParameter("subscription", subscriptionId)
                .setMaxResults(limit + 1);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return Page.of(query.getResultList(), limit, delivery -> String.valueOf(delivery.id()));
    }

    /**
     * Sends a delivery again, whatever became of it: due now, attempts counted afresh. Not for a
     * stopped subscription, whose deliveries stay where they are.
     */
    public void redeliver(Actor actor, long deliveryId) {
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null) {
            throw ProblemException.notFound("not-found.delivery", deliveryId);
        }
        if (delivery.subscriptionId != null && !subscription(delivery.subscriptionId).active) {
            throw ProblemException.conflict(DeliveryOutcome.SUBSCRIPTION_INACTIVE, "webhooks.subscription-inactive");
        }
        Delivery.Status before = delivery.status;
        delivery.status = Delivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now();
        audit.record(
                actor,
                "webhook.redeliver",
                "delivery",
                String.valueOf(deliveryId),
                null,
                Map.of("status", before),
                Map.of("status", Delivery.Status.PENDING));
    }

    private static WebhookSubscription subscription(long id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw ProblemException.notFound("not-found.subscription", id);
        }
        return subscription;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
