package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.query.NativeQuery;
import org.tongban.cases.Application;
import org.tongban.cases.CaseEventRecorded;
import org.tongban.cases.Counters;

/**
 * The report card's counters, moved in the transaction of each transition (so they are exactly as
 * committed) into one of a few shards of the day's row, and of the month's, for the point and item version.
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

    /**
     * One statement moves the day's row and the month's (whose day is the month's first): both or
     * neither, so a card may sum either (see {@link CounterSpans}).
     */
    private void add(Application a, LocalDate day, Counters delta) {
        String sameCounters = " :district, :point, :version, :shard, :received, :accepted, :approved, :refused,"
                + " :notAccepted, :withdrawn, :completed, :onTime, :workingDays)";
        em.createNativeQuery("INSERT INTO case_stats (span, day, handling_district, handling_point, item_version_id,"
                        + " shard, received, accepted, approved, refused, not_accepted, withdrawn, completed,"
                        + " decided_on_time, decision_working_days) VALUES "
                        + "('DAY', :day," + sameCounters + ", ('MONTH', :month," + sameCounters
                        + " ON DUPLICATE KEY UPDATE received = received + VALUES(received),"
                        + " accepted = accepted + VALUES(accepted), approved = approved + VALUES(approved),"
                        + " refused = refused + VALUES(refused), not_accepted = not_accepted + VALUES(not_accepted),"
                        + " withdrawn = withdrawn + VALUES(withdrawn), completed = completed + VALUES(completed),"
                        + " decided_on_time = decided_on_time + VALUES(decided_on_time),"
                        + " decision_working_days = decision_working_days + VALUES(decision_working_days)")
                .setParameter("day", day)
                .setParameter("month", day.withDayOfMonth(1))
                .setParameter("district", a.handlingDistrict)
                .setParameter("point", a.handlingPoint)
                .setParameter("version", a.itemVersionId)
                .setParameter("shard", ThreadLocalRandom.current().nextInt(SHARDS))
                .setParameter("received", delta.received())
                .setParameter("accepted", delta.accepted())
                .setParameter("approved", delta.approved())
                .setParameter("refused", delta.refused())
                .setParameter("notAccepted", delta.notAccepted())
                .setParameter("withdrawn", delta.withdrawn())
                .setParameter("completed", delta.completed())
                .setParameter("onTime", delta.decidedOnTime())
                .setParameter("workingDays", delta.decisionWorkingDays())
                // It touches case_stats only: without saying so, Hibernate flushes the whole session first.
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("case_stats")
                .executeUpdate();
    }
}
