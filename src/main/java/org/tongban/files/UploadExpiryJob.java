package org.tongban.files;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.tongban.common.Clocks;
import org.tongban.common.ClusterLease;

/**
 * Deletes uploads no submission or supplement attached in time. Runs on one instance of the cluster
 * at a time; each file in its own transaction, skipping any a submission is attaching right now
 * (it holds the row). The object goes first, then the row: a failure in between leaves a row whose
 * object is gone, which the next run removes (deleting a missing object is no error). Attached
 * files have no expiry: they are kept with their case.
 */
@ApplicationScoped
public class UploadExpiryJob {

    private static final Logger LOG = Logger.getLogger(UploadExpiryJob.class);
    private static final int PAGE = 100;

    @Inject
    ClusterLease lease;

    @Inject
    EntityManager em;

    @Inject
    FileStore store;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${tongban.jobs.file-expiry-every:15m}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("file-expiry", Duration.ofMinutes(14))) {
            run();
        }
    }

    /** Returns how many uploads were deleted. */
    public int run() {
        LocalDateTime now = Clocks.utcNow(clock);
        int deleted = 0;
        String after = "";
        List<String> page;
        do {
            String from = after;
            page = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "SELECT f.id FROM MaterialFile f WHERE f.attachedAt IS NULL"
                                            + " AND f.expiresAt < ?1 AND f.id > ?2 ORDER BY f.id",
                                    String.class)
                            .setParameter(1, now)
                            .setParameter(2, from)
                            .setMaxResults(PAGE)
                            .getResultList());
            for (String id : page) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> delete(id, now))) {
                        deleted++;
                    }
                } catch (UncheckedIOException e) {
                    LOG.warnf(e, "Expired upload %s could not be deleted; the next run tries again", id);
                }
                after = id;
            }
        } while (page.size() == PAGE);
        return deleted;
    }

    private boolean delete(String id, LocalDateTime now) {
        List<?> locked = em.createNativeQuery("SELECT storage_key FROM material_file WHERE id = ?1"
                        + " AND attached_at IS NULL AND expires_at < ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .setParameter(2, now)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        try {
            store.delete((String) locked.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.createQuery("DELETE FROM MaterialFile f WHERE f.id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return true;
    }
}
