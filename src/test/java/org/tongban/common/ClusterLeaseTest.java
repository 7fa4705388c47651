package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** "Once per cluster": a second instance (another holder) cannot take a lease until it expires. */
@QuarkusTest
class ClusterLeaseTest {

    @Inject
    ClusterLease thisInstance;

    @Inject
    EntityManager em;

    @Test
    void anotherInstanceWaitsForTheLeaseToExpire() throws InterruptedException {
        var otherInstance = new ClusterLease();
        otherInstance.em = em;
        String job = "lease-test-" + System.nanoTime();
        assertThat(thisInstance.tryAcquire(job, Duration.ofSeconds(2))).isTrue();
        assertThat(inTransaction(() -> otherInstance.tryAcquire(job, Duration.ofSeconds(2))))
                .isFalse();
        assertThat(thisInstance.tryAcquire(job, Duration.ofSeconds(2)))
                .as("the holder renews")
                .isTrue();
        Thread.sleep(Duration.ofMillis(2500));
        assertThat(inTransaction(() -> otherInstance.tryAcquire(job, Duration.ofSeconds(2))))
                .isTrue();
        assertThat(thisInstance.tryAcquire(job, Duration.ofSeconds(2))).isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceByAnotherInstance() {
        var otherInstance = new ClusterLease();
        otherInstance.em = em;
        String job = "lease-release-test-" + System.nanoTime();
        assertThat(thisInstance.tryAcquire(job, Duration.ofMinutes(9))).isTrue();

        assertThat(inTransaction(otherInstance::releaseAll)).as("holds nothing").isZero();
        assertThat(thisInstance.releaseAll()).isGreaterThanOrEqualTo(1);

        assertThat(inTransaction(() -> otherInstance.tryAcquire(job, Duration.ofMinutes(9))))
                .isTrue();
        assertThat(inTransaction(otherInstance::releaseAll)).isEqualTo(1);
    }

    /** The second instance is a plain object, not a bean: it needs the transaction its bean would open. */
    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
