package org.tongban.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

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

    /**
     * One statement seals {@code entries} rows: a derived table of (id, seq, prev_hash, hash), one
     * row per entry, joined to the entries it seals. Parameters: 4 per entry, then the key id.
     */
    private static String sealing(int entries) {
        String rows = String.join(
                " UNION ALL ", Collections.nCopies(entries, "SELECT ? AS id, ? AS seq, ? AS prev_hash, ? AS hash"));
        return "UPDATE audit_entry e JOIN (" + rows + ") s ON s.id = e.id"
                + " SET e.seq = s.seq, e.prev_hash = s.prev_hash, e.hash = s.hash,"
                + " e.key_id = ? WHERE e.hash IS NULL";
    }

    /** Seals up to one batch of pending entries; returns how many it sealed. */
    @Transactional
    public int sealBatch() {
        Object[] head =
                (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                        .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prevHash = (String) head[1];
        // Read-only: the seals are written below in one statement, not one update per entry at flush.
        List<AuditEntry> pending = em.createQuery("FROM AuditEntry WHERE hash IS NULL ORDER BY id", AuditEntry.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(BATCH)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Object> seals = new ArrayList<>();
        for (AuditEntry entry : pending) {
            seq++;
            entry.keyId = keys.currentId(); // the seal covers the key id
            String hash = AuditChain.seal(entry, seq, prevHash, keys.current());
            seals.addAll(List.of(entry.id, seq, prevHash, hash));
            prevHash = hash;
        }
        var update = em.createNativeQuery(sealing(pending.size()));
        for (int i = 0; i < seals.size(); i++) {
            update.setParameter(i + 1, seals.get(i));
        }
        update.setParameter(seals.size() + 1, keys.currentId()).executeUpdate();
        em.createNativeQuery("UPDATE audit_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, seq)
                .setParameter(2, prevHash)
                .executeUpdate();
        return pending.size();
    }
}
