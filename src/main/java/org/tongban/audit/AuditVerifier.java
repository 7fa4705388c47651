package org.tongban.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.tongban.common.Clocks;

/**
 * Verifies the keyed chain in bounded steps. {@link #verifyNew} continues from the last verified
 * seal, so no call re-reads the whole table; {@link #recheck} and {@link #sweep} check again entries
 * verified before, so a row altered after its verification is found too. A break is recorded where
 * supervisors see it, and cleared only when the same position verifies again. One verification runs
 * at a time across instances (the state row's lock).
 */
@ApplicationScoped
public class AuditVerifier {

    @Inject
    EntityManager em;

    @Inject
    AuditKeys keys;

    @Inject
    Clock clock;

    private record Head(long lastSeq, String lastHash) {}

    /** What one step found: how far it checked, and the first broken link, if any. */
    private record Step(
            int checked, long through, String lastHash, Long brokenSeq, Long brokenEntryId, String reason) {}

    /** Verifies up to {@code limit} entries after the last verified seal and moves the seal past them. */
    @Transactional
    public ChainReport verifyNew(int limit, String by) {
        AuditVerification state = lockState();
        Head head = head();
        Step step = check(state.verifiedSeq + 1, state.verifiedHash, head.lastSeq(), limit, state.legacyThroughSeq);
        if (step.reason() == null && step.checked() < limit) {
            step = checkEnd(step, head);
        }
        long from = state.verifiedSeq + 1;
        if (step.through() > state.verifiedSeq) {
            state.verifiedSeq = step.through();
            state.verifiedHash = step.lastHash();
            state.verifiedAt = Clocks.utcNow(clock);
        }
        settle(state, step, from, by);
        return report(state, head, step);
    }

    /** Checks again up to {@code limit} verified entries from {@code fromSeq}; the seal stays where it is. */
    @Transactional
    public ChainReport recheck(long fromSeq, int limit, String by) {
        AuditVerification state = lockState();
        Head head = head();
        Step step = recheck(state, Math.max(1, fromSeq), limit);
        settle(state, step, Math.max(1, fromSeq), by);
        return report(state, head, step);
    }

    /** The rolling re-check: the next {@code limit} verified entries, starting over after the newest. */
    @Transactional
    public ChainReport sweep(int limit, String by) {
        AuditVerification state = lockState();
        Head head = head();
        long from = state.sweepSeq + 1;
        Step step = recheck(state, from, limit);
        settle(state, step, from, by);
        state.sweepSeq = step.reason() != null || step.through() >= state.verifiedSeq ? 0 : step.through();
        return report(state, head, step);
    }

    private Step recheck(AuditVerification state, long from, int limit) {
        long last = Math.min(state.verifiedSeq, from + limit - 1);
        if (from > last) {
            return new Step(0, 0, null, null, null, null);
        }
        String prev = from == 1 ? AuditChain.GENESIS : hashAt(from - 1);
        if (prev == null) {
            return new Step(0, from - 1, null, from - 1, null, "entry " + (from - 1) + " of the chain is missing");
        }
        return check(from, prev, last, limit, state.legacyThroughSeq);
    }

    /** Checks the entries from {@code fromSeq} to {@code lastSeq}, at most {@code limit}, in order. */
    private Step check(long fromSeq, String prevHash, long lastSeq, int limit, long legacyThroughSeq) {
        List<AuditEntry> entries = em.createQuery(
                        "FROM AuditEntry WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq", AuditEntry.class)
                .setParameter(1, fromSeq)
                .setParameter(2, lastSeq)
                .setMaxResults(limit)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        long expected = fromSeq;
        String prev = prevHash;
        int checked = 0;
        for (AuditEntry entry : entries) {
            checked++;
            String reason = AuditChain.brokenLink(entry, expected, prev, keys, legacyThroughSeq);
            if (reason != null) {
                return new Step(checked, expected - 1, prev, expected, entry.id, reason);
            }
            expected++;
            prev = entry.hash;
        }
        long through = expected - 1;
        if (checked < limit && through < lastSeq) {
            return new Step(checked, through, prev, expected, null, "entry " + expected + " of the chain is missing");
        }
        return new Step(checked, through, prev, null, null, null);
    }

    /** Removing the newest entries leaves a valid-looking chain: the head remembers where it ended. */
    private static Step checkEnd(Step step, Head head) {
        if (head.lastSeq() != step.through() || !head.lastHash().equals(step.lastHash())) {
            return new Step(
                    step.checked(),
                    step.through(),
                    step.lastHash(),
                    step.through() + 1,
                    null,
                    "the chain ends at entry " + step.through() + " but its recorded head is entry " + head.lastSeq());
        }
        return step;
    }

    /** Records a break found, or clears the one recorded when its position has just verified. */
    private void settle(AuditVerification state, Step step, long from, String by) {
        if (step.reason() != null) {
            if (state.breakSeq == null || step.brokenSeq() <= state.breakSeq) {
                state.breakSeq = step.brokenSeq();
                state.breakEntryId = step.brokenEntryId();
                state.breakReason = step.reason();
                state.breakFoundAt = Clocks.utcNow(clock);
                state.breakFoundBy = by;
            }
        } else if (state.breakSeq != null && state.breakSeq >= from && state.breakSeq <= step.through()) {
            state.breakSeq = null;
            state.breakEntryId = null;
            state.breakReason = null;
            state.breakFoundAt = null;
            state.breakFoundBy = null;
        }
    }

    private static ChainReport report(AuditVerification state, Head head, Step step) {
        var broken = state.breakSeq == null
                ? null
                : new ChainReport.BrokenLink(
                        state.breakSeq, state.breakEntryId, state.breakReason, state.breakFoundAt, state.breakFoundBy);
        return new ChainReport(
                broken == null,
                state.verifiedSeq,
                Math.max(0, head.lastSeq() - state.verifiedSeq),
                step.checked(),
                step.through(),
                state.verifiedAt,
                broken);
    }

    private AuditVerification lockState() {
        em.createNativeQuery("SELECT id FROM audit_verification WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return AuditVerification.findById(AuditVerification.ROW);
    }

    private Head head() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .getSingleResult();
        return new Head(((Number) head[0]).longValue(), (String) head[1]);
    }

    private String hashAt(long seq) {
        List<?> hash = em.createNativeQuery("SELECT hash FROM audit_entry WHERE seq = ?1")
                .setParameter(1, seq)
                .getResultList();
        return hash.isEmpty() ? null : (String) hash.get(0);
    }
}
