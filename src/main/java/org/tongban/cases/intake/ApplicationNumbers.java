package org.tongban.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hibernate.Session;

/**
 * Human-readable numbers, &lt;handling district&gt;-&lt;yyyyMMdd&gt;-&lt;6-digit sequence&gt;, from a database
 * counter in the caller's transaction: unique across instances and restarts, and gap-free because
 * a rolled-back submission rolls its number back too.
 *
 * <p>The price of gap-free: the counter's row stays locked from {@link #next} until the caller's
 * transaction ends, so one district's submissions of a day are stored one after another. A
 * submission therefore checks and routes first and takes its number only when it stores the case;
 * what follows (the case, its first events, audit entry, outbox rows, counters and idempotency
 * record, all naming the number) is what the next submission waits for.
 */
@ApplicationScoped
public class ApplicationNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String district, LocalDate day) {
        String prefix = district + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return prefix + "-" + String.format("%06d", nextValue("application:" + prefix));
    }

    /** Bundles are numbered per day across the city. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextBundle(LocalDate day) {
        String prefix = "B-" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return prefix + "-" + String.format("%06d", nextValue("bundle:" + prefix));
    }

    /**
     * One statement takes the row lock and the value: LAST_INSERT_ID(x) makes the server hand the value
     * back with the statement's answer (as the generated key), so reading it costs no second statement.
     */
    private long nextValue(String counter) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement increment = connection.prepareStatement(
                    "INSERT INTO counter (name, next_value) VALUES (?, LAST_INSERT_ID(1))"
                            + " ON DUPLICATE KEY UPDATE next_value = LAST_INSERT_ID(next_value + 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                increment.setString(1, counter);
                increment.executeUpdate();
                try (ResultSet value = increment.getGeneratedKeys()) {
                    if (!value.next()) {
                        throw new IllegalStateException("no value handed back for counter " + counter);
                    }
                    return value.getLong(1);
                }
            }
        });
    }
}
