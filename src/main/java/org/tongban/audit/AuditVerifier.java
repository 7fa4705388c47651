package org.tongban.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Re-checks the sealed chain from its first entry, in pages, and names the first broken link. */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 1000;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainReport verify() {
        long expectedSeq = 1;
        String expectedPrev = AuditChain.GENESIS;
        List<AuditEntry> page;
        do {
            page = em.createQuery("FROM AuditEntry WHERE seq >= ?1 ORDER BY seq", AuditEntry.class)
                    .setParameter(1, expectedSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                String reason = AuditChain.brokenLink(entry, expectedSeq, expectedPrev);
                if (reason != null) {
                    return new ChainReport(
                            false, expectedSeq - 1, new ChainReport.BrokenLink(expectedSeq, entry.id, reason));
                }
                expectedSeq++;
                expectedPrev = entry.hash;
            }
            em.clear();
        } while (page.size() == PAGE);
        return checkHead(expectedSeq - 1, expectedPrev);
    }

    /** Removing the newest entries leaves a valid-looking chain: the head remembers where it ended. */
    private ChainReport checkHead(long lastSeq, String lastHash) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .getSingleResult();
        long headSeq = ((Number) head[0]).longValue();
        if (headSeq != lastSeq || !lastHash.equals(head[1])) {
            return new ChainReport(
                    false,
                    lastSeq,
                    new ChainReport.BrokenLink(
                            lastSeq + 1, null, "the chain ends before its recorded head (entry " + headSeq + ")"));
        }
        return new ChainReport(true, lastSeq, null);
    }
}
