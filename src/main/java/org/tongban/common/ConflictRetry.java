package org.tongban.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetryOnConflict} method again when its transaction was refused as a conflict. Its
 * priority puts it outside {@code @Transactional}'s interceptor, so each attempt is a whole new
 * transaction; a conflict is only retried when that transaction is certainly rolled back (40001),
 * never after a lost connection, where a commit may have happened.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);

    @Inject
    TransactionManager transactions;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "tongban.transactions.conflict-attempts", defaultValue = "3")
    int attempts;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!isConflict(e)) {
                    throw e;
                }
                String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName();
                if (attempt >= attempts) {
                    registry.counter("tongban_transaction_conflicts_total", "method", method, "outcome", "gave-up")
                            .increment();
                    LOG.warnf("%s refused as a conflict %d times; giving up", method, attempt);
                    throw e;
                }
                registry.counter("tongban_transaction_conflicts_total", "method", method, "outcome", "retried")
                        .increment();
                LOG.debugf("%s refused as a conflict (attempt %d); running it again", method, attempt);
                // A short random pause, longer each time, so the two sides of a conflict do not meet again.
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
            }
        }
    }

    /** SQLState 40001 anywhere in the chain: the database rolled the transaction back and says "try again". */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConflict(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
