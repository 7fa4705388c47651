package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A real InnoDB deadlock: two transactions each lock one counter row and then want the other's.
 * The database rolls one back; {@link RetryOnConflict} runs that whole transaction again, unless it
 * was only part of a caller's transaction.
 */
@QuarkusTest
class ConflictRetryTest {

    /** Two threads of their own: the common pool may run one task at a time on a two-core machine. */
    private static final ExecutorService SIDE_BY_SIDE = Executors.newFixedThreadPool(2);

    @Inject
    Crossing crossing;

    @Inject
    EntityManager em;

    /** Locks one row, waits until the other side holds its row too, then wants the other row. */
    @ApplicationScoped
    static class Crossing {

        @Inject
        EntityManager em;

        private final AtomicInteger attempts = new AtomicInteger();

        /** Runs of {@link #bumpBoth} since the last call (read through the bean, not its proxy's field). */
        public int takeAttempts() {
            return attempts.getAndSet(0);
        }

        @RetryOnConflict
        @Transactional
        public void bumpBoth(String first, String second, CountDownLatch bothHoldOne) throws InterruptedException {
            attempts.incrementAndGet();
            bump(first);
            bothHoldOne.countDown();
            bothHoldOne.await(10, TimeUnit.SECONDS); // at once on a retry: the latch is open by then
            bump(second);
        }

        private void bump(String counter) {
            em.createNativeQuery("UPDATE counter SET next_value = next_value + 1 WHERE name = ?1")
                    .setParameter(1, counter)
                    .executeUpdate();
        }
    }

    @Test
    void theDeadlockVictimIsRunAgainAsAWholeTransaction() throws Exception {
        String x = create("retry-x");
        String y = create("retry-y");
        crossing.takeAttempts();
        var bothHoldOne = new CountDownLatch(2);

        var one = CompletableFuture.runAsync(() -> run(() -> crossing.bumpBoth(x, y, bothHoldOne)), SIDE_BY_SIDE);
        var other = CompletableFuture.runAsync(() -> run(() -> crossing.bumpBoth(y, x, bothHoldOne)), SIDE_BY_SIDE);
        one.get(30, TimeUnit.SECONDS);
        other.get(30, TimeUnit.SECONDS);

        assertThat(crossing.takeAttempts())
                .as("two transactions and the victim's second run")
                .isEqualTo(3);
        assertThat(value(x))
                .as("each committed run bumped each row once; the victim's first run left nothing")
                .isEqualTo(2);
        assertThat(value(y)).isEqualTo(2);
    }

    @Test
    void insideACallersTransactionTheConflictGoesToTheCaller() throws Exception {
        String x = create("inner-x");
        String y = create("inner-y");
        crossing.takeAttempts();
        var bothHoldOne = new CountDownLatch(2);

        var one = CompletableFuture.supplyAsync(
                () -> inOuterTransaction(() -> crossing.bumpBoth(x, y, bothHoldOne)), SIDE_BY_SIDE);
        var other = CompletableFuture.supplyAsync(
                () -> inOuterTransaction(() -> crossing.bumpBoth(y, x, bothHoldOne)), SIDE_BY_SIDE);

        assertThat(java.util.List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS)))
                .as("one caller sees the conflict")
                .containsExactlyInAnyOrder(true, false);
        assertThat(crossing.takeAttempts())
                .as("no run again inside a caller's transaction")
                .isEqualTo(2);
    }

    @Test
    void onlyARolledBackConflictCountsNotALostConnectionOrABrokenRule() {
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        assertThat(ConflictRetry.isConflict(new PersistenceException(new RuntimeException(deadlock))))
                .isTrue();
        assertThat(ConflictRetry.isConflict(new SQLException("Communications link failure", "08S01")))
                .as("a commit may have happened")
                .isFalse();
        assertThat(ConflictRetry.isConflict(new SQLException("Duplicate entry", "23000", 1062)))
                .isFalse();
    }

    interface Work {
        void run() throws Exception;
    }

    private static void run(Work work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the work committed with its caller's transaction, false when the conflict reached the caller. */
    private static boolean inOuterTransaction(Work work) {
        try {
            QuarkusTransaction.requiringNew().run(() -> run(work));
            return true;
        } catch (RuntimeException e) {
            if (ConflictRetry.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private String create(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO counter (name, next_value) VALUES (?1, 0)")
                        .setParameter(1, name)
                        .executeUpdate());
        return name;
    }

    private long value(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT next_value FROM counter WHERE name = ?1")
                                .setParameter(1, name)
                                .getSingleResult())
                        .longValue());
    }
}
