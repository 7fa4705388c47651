package org.tongban.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Chains newly appended audit entries, oldest first, in batches, sealing each with the current key. The head row's lock makes
 * concurrent sealers (several instances) take turns; a row is sealed exactly once.
 */
@ApplicationScoped
public class AuditSealer {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditKeys keys;

    @Scheduled(every = "${tongban.audit.seal-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (sealBatch() == BATCH) {
            // keep going until the backlog is sealed
        }
    }

    /** Seals up to one batch of pending entries; returns how many it sealed. */
    @Transactional
    public int sealBatch() {
        Object[] head =
                (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                        .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prevHash = (String) head[1];
        List<AuditEntry> pending = em.createQuery("FROM AuditEntry WHERE hash IS NULL ORDER BY id", AuditEntry.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditEntry entry : pending) {
            seq++;
            entry.seq = seq;
            entry.prevHash = prevHash;
            entry.keyId = keys.currentId();
            entry.hash = AuditChain.seal(entry, seq, prevHash, keys.current());
            prevHash = entry.hash;
        }
        if (!pending.isEmpty()) {
            em.createNativeQuery("UPDATE audit_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                    .setParameter(1, seq)
                    .setParameter(2, prevHash)
                    .executeUpdate();
        }
        return pending.size();
    }
}
