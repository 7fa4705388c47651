package org.tongban.processing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.tongban.application.Action;
import org.tongban.application.Application;
import org.tongban.application.ApplicationState;
import org.tongban.calendar.Calendars;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.calendar.WorkCalendar;
import org.tongban.common.ClusterLease;
import org.tongban.deadline.CaseClock;

/**
 * Art. 32: an application neither sent a supplement notice nor decided on within five working days
 * of receipt is accepted as of the receipt day. Runs on one instance of the cluster at a time;
 * each application in its own transaction, skipping any a clerk is acting on right now.
 */
@ApplicationScoped
public class DeemedAcceptanceJob {

    private static final Logger LOG = Logger.getLogger(DeemedAcceptanceJob.class);
    private static final int PAGE = 100;

    @Inject
    ClusterLease lease;

    @Inject
    Calendars calendars;

    @Inject
    ActionService actions;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${tongban.jobs.deemed-acceptance-every:10m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("deemed-acceptance", Duration.ofMinutes(9))) {
            run();
        }
    }

    /** Returns how many applications were deemed accepted. */
    public int run() {
        LocalDate cutoff;
        try {
            cutoff = lastOverdueReceiptDay(calendars.current(), LocalDate.now(clock));
        } catch (UnknownCalendarYearException e) {
            LOG.warnf("Deemed acceptance skipped: %s", e.getMessage());
            return 0;
        }
        int accepted = 0;
        long after = 0;
        List<Long> ids;
        do {
            long from = after;
            ids = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "SELECT a.id FROM Application a WHERE a.state = ?1 AND a.materialsReceivedOn <= ?2 AND a.id > ?3"
                                            + " ORDER BY a.id",
                                    Long.class)
                            .setParameter(1, ApplicationState.RECEIVED)
                            .setParameter(2, cutoff)
                            .setParameter(3, from)
                            .setMaxResults(PAGE)
                            .getResultList());
            for (Long id : ids) {
                if (QuarkusTransaction.requiringNew().call(() -> deem(id))) {
                    accepted++;
                }
                after = id;
            }
        } while (ids.size() == PAGE);
        return accepted;
    }

    private boolean deem(long id) {
        List<?> locked = em.createNativeQuery(
                        "SELECT id FROM application WHERE id = ?1 AND state = 'RECEIVED' FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        Application a = Application.findById(id);
        actions.actAsSystem(
                a,
                Action.DEEM_ACCEPTED,
                "deemed-acceptance",
                "no supplement notice or decision within " + CaseClock.ACCEPTANCE_WORKING_DAYS
                        + " working days of receipt (Art. 32)");
        return true;
    }

    /** The latest receipt day whose five working days ended before today. */
    static LocalDate lastOverdueReceiptDay(WorkCalendar calendar, LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (!calendar.addWorkingDays(day, CaseClock.ACCEPTANCE_WORKING_DAYS).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
