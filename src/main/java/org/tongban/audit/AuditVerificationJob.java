package org.tongban.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.tongban.common.ClusterLease;

/**
 * Verifies the audit chain periodically, once per cluster: new entries from the last verified seal,
 * then the next slice of older ones again. A break is logged as a warning, counted in the metric
 * {@code tongban.audit.chain.breaks}, shown by the gauge {@code tongban.audit.chain.intact} (0) and
 * kept where {@code GET /api/v1/audit/verify} reports it to supervisors.
 */
@ApplicationScoped
@Startup // the meters exist from the start, not from the first run
public class AuditVerificationJob {

    private static final Logger LOG = Logger.getLogger(AuditVerificationJob.class);
    static final String BY = "system:audit-verification";
    /** Steps of new entries per run: a backlog beyond this many limits is caught up over later runs. */
    private static final int MAX_STEPS = 100;

    @Inject
    ClusterLease lease;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditConfig config;

    private final Counter breaks;
    private final AtomicInteger intact = new AtomicInteger(1);

    @Inject
    public AuditVerificationJob(MeterRegistry registry) {
        this.breaks = Counter.builder("tongban.audit.chain.breaks")
                .description("Runs of the audit verification that found the chain broken")
                .register(registry);
        Gauge.builder("tongban.audit.chain.intact", intact, AtomicInteger::get)
                .description("1 while the last audit verification found the chain intact, 0 after a break")
                .register(registry);
    }

    @Scheduled(
            every = "${tongban.jobs.audit-verify-every:10m}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("audit-verify", Duration.ofMinutes(9))) {
            run();
        }
    }

    public ChainReport run() {
        int limit = config.verifyLimit();
        ChainReport report;
        int steps = 0;
        do {
            report = verifier.verifyNew(limit, BY);
        } while (report.firstBrokenLink() == null && report.checked() == limit && ++steps < MAX_STEPS);
        // The sweep's report carries the recorded break, whichever step found it.
        ChainReport last = verifier.sweep(limit, BY);
        intact.set(last.intact() ? 1 : 0);
        if (!last.intact()) {
            breaks.increment();
            var link = last.firstBrokenLink();
            LOG.warnf(
                    "The audit chain is broken at entry %d (id %s): %s. Found %s by %s.",
                    link.seq(), link.entryId(), link.reason(), link.foundAt(), link.foundBy());
        }
        return last;
    }
}
