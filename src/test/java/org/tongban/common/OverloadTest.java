package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** An exhausted connection pool sheds load with 503 and Retry-After, never a 500. */
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
    void otherDatabaseFailuresStayInternalErrors() {
        var broken = new GenericJDBCException("boom", new SQLException("Table 'x' doesn't exist", "42S02"));
        assertThat(new ProblemMapper().unexpected(broken, null, null).getStatus())
                .isEqualTo(500);
    }
}
