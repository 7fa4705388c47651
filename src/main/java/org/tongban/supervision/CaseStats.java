package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.tongban.cases.Application;
import org.tongban.cases.CaseEventRecorded;
import org.tongban.cases.Counters;

/**
 * The report card's counters, moved in the transaction of each transition (so they are exactly as
 * committed) into one of a few shards of the day's row for the point and item version.
 */
@ApplicationScoped
public class CaseStats {

    static final int SHARDS = 8;

    @Inject
    EntityManager em;

    /** Each action says which counters it moves (see its definition in {@code cases.actions}). */
    @Transactional(Transactional.TxType.MANDATORY)
    void count(@Observes CaseEventRecorded recorded) {
        if (!recorded.counters().isNone()) {
            add(recorded.application(), recorded.day(), recorded.counters());
        }
    }

    private void add(Application a, LocalDate day, Counters delta) {
        em.createNativeQuery("INSERT INTO case_stats (day, handling_district, handling_point, item_version_id, shard,"
                        + " received, accepted, approved, refused, not_accepted, withdrawn, completed, decided_on_time,"
                        + " decision_working_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
                        + " ON DUPLICATE KEY UPDATE received = received + VALUES(received),"
                        + " accepted = accepted + VALUES(accepted), approved = approved + VALUES(approved),"
                        + " refused = refused + VALUES(refused), not_accepted = not_accepted + VALUES(not_accepted),"
                        + " withdrawn = withdrawn + VALUES(withdrawn), completed = completed + VALUES(completed),"
                        + " decided_on_time = decided_on_time + VALUES(decided_on_time),"
                        + " decision_working_days = decision_working_days + VALUES(decision_working_days)")
                .setParameter(1, day)
                .setParameter(2, a.handlingDistrict)
                .setParameter(3, a.handlingPoint)
                .setParameter(4, a.itemVersionId)
                .setParameter(5, ThreadLocalRandom.current().nextInt(SHARDS))
                .setParameter(6, delta.received())
                .setParameter(7, delta.accepted())
                .setParameter(8, delta.approved())
                .setParameter(9, delta.refused())
                .setParameter(10, delta.notAccepted())
                .setParameter(11, delta.withdrawn())
                .setParameter(12, delta.completed())
                .setParameter(13, delta.decidedOnTime())
                .setParameter(14, delta.decisionWorkingDays())
                .executeUpdate();
    }
}
