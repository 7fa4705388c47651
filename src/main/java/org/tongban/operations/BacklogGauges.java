package org.tongban.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.tongban.deadline.Warning;
import org.tongban.outbox.Delivery;

/**
 * What is waiting, as gauges: the outbox backlog and dead letters, and the running cases by
 * warning colour. Counted by indexed queries every {@code tongban.jobs.metrics-every}, not on each
 * scrape, so a scrape never waits on the database. The figures are the cluster's: every instance
 * reports the same, so take the max across instances, not the sum.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    private final AtomicLong undispatched = new AtomicLong();
    private final Map<Delivery.Channel, AtomicLong> backlog = new EnumMap<>(Delivery.Channel.class);
    private final Map<Delivery.Channel, AtomicLong> deadLetters = new EnumMap<>(Delivery.Channel.class);
    private final Map<Warning, AtomicLong> openByColour = new EnumMap<>(Warning.class);

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @PostConstruct
    void register() {
        Gauge.builder("tongban.outbox.undispatched.events", undispatched, AtomicLong::get)
                .description("Outbox events not yet turned into deliveries")
                .register(registry);
        for (Delivery.Channel channel : Delivery.Channel.values()) {
            gauge(backlog, channel, "tongban.outbox.backlog", "Deliveries waiting to be sent or retried", "channel");
            gauge(deadLetters, channel, "tongban.outbox.dead.letters", "Deliveries given up on", "channel");
        }
        for (Warning colour : Warning.values()) {
            gauge(openByColour, colour, "tongban.open.applications", "Running cases by warning colour", "warning");
        }
    }

    @Scheduled(every = "${tongban.jobs.metrics-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    @Transactional
    public void refresh() {
        undispatched.set(em.createQuery("SELECT count(e) FROM OutboxEvent e WHERE e.dispatched = false", Long.class)
                .getSingleResult());
        reset(backlog);
        reset(deadLetters);
        for (Object[] row : em.createQuery(
                        "SELECT d.channel, d.status, count(d) FROM Delivery d WHERE d.status IN ?1"
                                + " GROUP BY d.channel, d.status",
                        Object[].class)
                .setParameter(1, List.of(Delivery.Status.PENDING, Delivery.Status.DEAD))
                .getResultList()) {
            var counts = row[1] == Delivery.Status.PENDING ? backlog : deadLetters;
            counts.get((Delivery.Channel) row[0]).set((Long) row[2]);
        }
        reset(openByColour);
        for (Object[] row : em.createQuery(
                        "SELECT a.warning, count(a) FROM Application a WHERE a.isOpen = true GROUP BY a.warning",
                        Object[].class)
                .getResultList()) {
            openByColour.get((Warning) row[0]).set((Long) row[1]);
        }
    }

    private <K extends Enum<K>> void gauge(
            Map<K, AtomicLong> values, K key, String name, String description, String tag) {
        AtomicLong value = values.computeIfAbsent(key, k -> new AtomicLong());
        Gauge.builder(name, value, AtomicLong::get)
                .description(description)
                .tag(tag, key.name())
                .register(registry);
    }

    private static <K> void reset(Map<K, AtomicLong> values) {
        values.values().forEach(v -> v.set(0));
    }
}
