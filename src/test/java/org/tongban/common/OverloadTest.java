package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** An exhausted connection pool or a conflict that outlasted its retries sheds load with 503 and Retry-After, never a 500. */
class OverloadTest {

    @Test
    void poolExhaustionAnswers503WithRetryAfter() {
        // What Hibernate throws when Agroal's acquisition timeout passes (issue 12's benchmark saw it as a 500).
        var exhausted = new GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
        var response = new ProblemMapper().unexpected(new IllegalStateException("wrapped", exhausted), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).type().toString()).endsWith("service-unavailable");
    }

    @Test
    void aConflictStillRefusedAfterItsRetriesAnswers503() {
        // What a Galera certification failure looks like once ConflictRetry gave up (galera.sh saw it as a 500).
        var refused = new LockAcquisitionException(
                "could not execute statement",
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        var response = new ProblemMapper().unexpected(new PessimisticLockException("wrapped", refused), null, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        var broken = new GenericJDBCException("boom", new SQLException("Table 'x' doesn't exist", "42S02"));
        assertThat(new ProblemMapper().unexpected(broken, null, null).getStatus())
                .isEqualTo(500);
    }
}
