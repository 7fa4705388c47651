package org.tongban.common;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;

/**
 * "Run once per cluster" for scheduled jobs: an instance runs a job only while it holds the job's
 * lease. Expiry is judged by the database clock, so instances with drifting clocks agree. An
 * instance that shuts down hands its leases back, so another runs the jobs without waiting out the
 * expiry.
 */
@ApplicationScoped
public class ClusterLease {

    private final String holder = UUID.randomUUID().toString();

    /** Set once shutdown began: no lease is taken or renewed after it. */
    private volatile boolean closing;

    @Inject
    EntityManager em;

    /** True when this instance holds (or has just renewed) the lease named {@code job} for {@code ttl}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String job, Duration ttl) {
        if (closing) {
            return false;
        }
        em.createNativeQuery("INSERT INTO job_lease (name, holder, expires_at) VALUES (?1, NULL, '1970-01-01')"
                        + " ON DUPLICATE KEY UPDATE name = name")
                .setParameter(1, job)
                .executeUpdate();
        int taken = em.createNativeQuery(
                        "UPDATE job_lease SET holder = ?1, expires_at = NOW(3) + INTERVAL ?2 MICROSECOND"
                                + " WHERE name = ?3 AND (expires_at < NOW(3) OR holder = ?1)")
                .setParameter(1, holder)
                .setParameter(2, ttl.toNanos() / 1000)
                .setParameter(3, job)
                .executeUpdate();
        return taken == 1;
    }

    /**
     * Runs when SIGTERM's graceful shutdown has let in-flight requests finish. A job already running
     * here finishes its current item; each item is row-locked, so another instance that takes the
     * lease meanwhile skips it.
     */
    void releaseOnShutdown(@Observes ShutdownEvent shutdown) {
        closing = true;
        releaseAll();
    }

    /** Gives back every lease this instance holds; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseAll() {
        return em.createNativeQuery("UPDATE job_lease SET holder = NULL, expires_at = '1970-01-01' WHERE holder = ?1")
                .setParameter(1, holder)
                .executeUpdate();
    }
}
