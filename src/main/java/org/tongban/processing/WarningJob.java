package org.tongban.processing;

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
import org.tongban.application.Application;
import org.tongban.application.ApplicationState;
import org.tongban.calendar.Calendars;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.common.ClusterLease;
import org.tongban.deadline.CaseClock;

/** 电子监察: refreshes the colour of every running case, once per cluster, page by page. */
@ApplicationScoped
public class WarningJob {

    private static final int PAGE = 500;

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
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("warnings", Duration.ofMinutes(9))) {
            run();
        }
    }

    public void run() {
        LocalDate today = LocalDate.now(clock);
        CaseClock caseClock = new CaseClock(calendars.current());
        Map<Long, ItemStandard> versions = new HashMap<>();
        long after = 0;
        List<Long> page;
        do {
            long from = after;
            page = QuarkusTransaction.requiringNew().call(() -> {
                List<Application> running = Application.<Application>find(
                                "isOpen = true AND state IN ?1 AND id > ?2 ORDER BY id",
                                List.of(ApplicationState.ACCEPTED, ApplicationState.IN_REVIEW),
                                from)
                        .page(0, PAGE)
                        .list();
                for (Application a : running) {
                    ItemStandard standard = versions.computeIfAbsent(
                            a.itemVersionId,
                            id -> ItemVersion.<ItemVersion>findById(id).standard());
                    warnings.refresh(a, standard, caseClock, today);
                }
                return running.stream().map(a -> a.id).toList();
            });
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == PAGE);
    }
}
