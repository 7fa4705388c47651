package org.tongban.cases.actions;

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
import org.tongban.calendar.Calendars;
import org.tongban.calendar.UnknownCalendarYearException;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.JobReport;
import org.tongban.cases.clock.CaseClock;
import org.tongban.common.ClusterLease;

/**
 * Takes {@link DeemAccepted} for every application whose five working days of Art. 32 have passed.
 * Runs on one instance of the cluster at a time; each application in its own transaction, skipping
 * any a clerk is acting on right now. An application whose five days reach into a calendar year not
 * imported yet is left and reported; the others are accepted all the same.
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
            delayed = "${tongban.jobs.deemed-acceptance-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("deemed-acceptance", Duration.ofMinutes(9))) {
            run();
        }
    }

    /** One waiting application: its id, number and the day its materials arrived. */
    record Waiting(Long id, String number, LocalDate materialsReceivedOn) {}

    public JobReport run() {
        LocalDate today = LocalDate.now(clock);
        CaseClock caseClock = new CaseClock(calendars.current());
        // Five working days end at least five calendar days after receipt: younger ones cannot be due.
        LocalDate youngest = today.minusDays(CaseClock.ACCEPTANCE_WORKING_DAYS + 1L);
        var report = new JobReport.Builder();
        long after = 0;
        List<Waiting> page;
        do {
            long from = after;
            page = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "SELECT new org.tongban.cases.actions.DeemedAcceptanceJob$Waiting(a.id, a.number,"
                                            + " a.materialsReceivedOn) FROM Application a WHERE a.state = ?1"
                                            + " AND a.materialsReceivedOn <= ?2 AND a.id > ?3 ORDER BY a.id",
                                    Waiting.class)
                            .setParameter(1, ApplicationState.RECEIVED)
                            .setParameter(2, youngest)
                            .setParameter(3, from)
                            .setMaxResults(PAGE)
                            .getResultList());
            for (Waiting waiting : page) {
                try {
                    if (DeemAccepted.isDue(waiting.materialsReceivedOn(), caseClock, today)
                            && QuarkusTransaction.requiringNew().call(() -> deem(waiting.id()))) {
                        report.handled();
                    }
                } catch (UnknownCalendarYearException e) {
                    report.skipped(waiting.number(), e.years());
                }
                after = waiting.id();
            }
        } while (page.size() == PAGE);
        JobReport done = report.build();
        if (!done.skipped().isEmpty()) {
            LOG.warnf(
                    "Deemed acceptance: %d application(s) left, no calendar for %s; %d accepted",
                    done.skipped().size(), done.missingYears(), done.handled());
        }
        return done;
    }

    private boolean deem(long id) {
        List<?> locked = em.createNativeQuery(
                        "SELECT id FROM application WHERE id = ?1 AND state = 'RECEIVED' FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        actions.actAsSystem(
                Application.findById(id),
                ActionTable.DEEM_ACCEPTED,
                new DeemAccepted.Payload(),
                "deemed-acceptance",
                "no supplement notice or decision within " + CaseClock.ACCEPTANCE_WORKING_DAYS
                        + " working days of receipt (Art. 32)");
        return true;
    }
}
