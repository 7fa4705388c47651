package org.tongban.cases.clock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.tongban.calendar.Calendars;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.JobReport;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.common.ClusterLease;

/**
 * 电子监察: refreshes the colour of every case with a running clock, once per cluster, page by page.
 * A case whose dates fall in a calendar year not imported yet keeps its colour and is reported;
 * the others are refreshed all the same.
 */
@ApplicationScoped
public class WarningJob {

    private static final Logger LOG = Logger.getLogger(WarningJob.class);
    private static final int PAGE = 500;

    /** The states whose clocks run: waiting for acceptance or for the applicant, handled, decided. */
    static final List<ApplicationState> WATCHED = List.of(
            ApplicationState.RECEIVED,
            ApplicationState.SUPPLEMENT_REQUESTED,
            ApplicationState.ACCEPTED,
            ApplicationState.IN_REVIEW,
            ApplicationState.APPROVED,
            ApplicationState.REFUSED);

    @Inject
    ClusterLease lease;

    @Inject
    Calendars calendars;

    @Inject
    WarningService warnings;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${tongban.jobs.warnings-every:10m}",
            delayed = "${tongban.jobs.warnings-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("warnings", Duration.ofMinutes(9))) {
            run();
        }
    }

    public JobReport run() {
        LocalDate today = LocalDate.now(clock);
        CaseClock caseClock = new CaseClock(calendars.current());
        Map<Long, ItemStandard> versions = new HashMap<>();
        var report = new JobReport.Builder();
        long after = 0;
        List<Long> page;
        do {
            long from = after;
            page = QuarkusTransaction.requiringNew().call(() -> {
                List<Application> running = Application.<Application>find(
                                "state IN ?1 AND id > ?2 ORDER BY id", WATCHED, from)
                        .page(0, PAGE)
                        .list();
                for (Application a : running) {
                    ItemStandard standard = versions.computeIfAbsent(
                            a.itemVersionId,
                            id -> ItemVersion.<ItemVersion>findById(id).standard());
                    List<Integer> missing = warnings.refresh(a, standard, caseClock, today);
                    if (missing.isEmpty()) {
                        report.handled();
                    } else {
                        report.skipped(a.number, missing);
                    }
                }
                return running.stream().map(a -> a.id).toList();
            });
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == PAGE);
        JobReport done = report.build();
        if (!done.skipped().isEmpty()) {
            LOG.warnf(
                    "Warnings: %d case(s) kept their colour, no calendar for %s; %d refreshed",
                    done.skipped().size(), done.missingYears(), done.handled());
        }
        return done;
    }
}
