package org.tongban.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.tongban.common.ClusterLease;

/**
 * After a key rotation, rewrites under the current key every value still stored under a retired key
 * (and any written in clear before encryption), so the retired key can then be removed. Off unless
 * {@code tongban.jobs.personal-data-rewrite-every} is set; once per cluster; each page of rows in its
 * own transaction, at most {@code rewrite-pages-per-run} pages per table and run. A value is replaced
 * only if it is still the one read, so a change saved meanwhile (already under the current key) wins.
 * The lookup hashes are not touched: their key is not rotated this way (README, Security).
 */
@ApplicationScoped
public class ReencryptionJob {

    private static final Logger LOG = Logger.getLogger(ReencryptionJob.class);

    @Inject
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    ClusterLease lease;

    @Inject
    PersonalDataConfig config;

    /** What one run did: values rewritten, rows that did not decrypt, and whether pages were left. */
    public record Run(int rewritten, int unreadable, boolean more) {}

    private record Page(int rows, int rowsRewritten, int rewritten, int unreadable) {}

    @Scheduled(
            every = "${tongban.jobs.personal-data-rewrite-every:off}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (lease.tryAcquire("personal-data-rewrite", Duration.ofMinutes(14))) {
            Run run = run();
            if (run.rewritten() > 0 || run.unreadable() > 0 || run.more()) {
                LOG.infof(
                        "Re-encryption under key %s: %d values rewritten, %d rows that do not decrypt left as they"
                                + " are, %s",
                        cipher.currentId(),
                        run.rewritten(),
                        run.unreadable(),
                        run.more() ? "more next run" : "nothing left under the retired keys " + cipher.retiredIds());
            }
        }
    }

    public Run run() {
        int rewritten = 0;
        int unreadable = 0;
        boolean more = false;
        for (EncryptedTable table : EncryptedTable.of(em.getEntityManagerFactory())) {
            for (int pages = 0; ; pages++) {
                if (pages == config.rewritePagesPerRun()) {
                    more = true;
                    break;
                }
                Page page = QuarkusTransaction.requiringNew().call(() -> rewritePage(table));
                rewritten += page.rewritten();
                unreadable += page.unreadable();
                // a short page is the last; a page where nothing could be rewritten would only come back
                if (page.rows() < config.rewritePageSize() || page.rowsRewritten() == 0) {
                    break;
                }
            }
        }
        return new Run(rewritten, unreadable, more);
    }

    private Page rewritePage(EncryptedTable table) {
        int keys = table.keyColumns().size();
        List<String> selected = new ArrayList<>(table.keyColumns());
        selected.addAll(table.columns());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + list(selected, ", ") + " FROM `" + table.name()
                        + "` WHERE " + table.columns().stream().map(this::stale).collect(Collectors.joining(" OR "))
                        + " LIMIT ?1")
                .setParameter(1, config.rewritePageSize())
                .getResultList();
        int rowsRewritten = 0;
        int rewritten = 0;
        int unreadable = 0;
        for (Object[] row : rows) {
            List<String> set = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            List<String> where = new ArrayList<>(table.keyColumns());
            List<Object> current = new ArrayList<>(Arrays.asList(row).subList(0, keys));
            try {
                for (int i = 0; i < table.columns().size(); i++) {
                    String stored = (String) row[keys + i];
                    if (cipher.needsRewrite(stored)) {
                        set.add(table.columns().get(i));
                        values.add(cipher.encrypt(cipher.decrypt(stored)));
                        where.add(table.columns().get(i));
                        current.add(stored);
                    }
                }
            } catch (IllegalStateException altered) {
                unreadable++;
                // the row's key only: the values read so far may include one in clear
                LOG.warnf(
                        "A row of %s with key %s does not decrypt: %s",
                        table.name(), current.subList(0, keys), altered.getMessage());
                continue;
            }
            if (set.isEmpty()) {
                continue; // matched the query, yet nothing to rewrite: e.g. a prefix in other letter case
            }
            var update = em.createNativeQuery("UPDATE `" + table.name() + "` SET " + assignments(set, ", ", 1)
                    + " WHERE " + assignments(where, " AND ", set.size() + 1));
            values.addAll(current);
            for (int i = 0; i < values.size(); i++) {
                update.setParameter(i + 1, values.get(i));
            }
            if (update.executeUpdate() == 1) {
                rowsRewritten++;
                rewritten += set.size();
            }
        }
        return new Page(rows.size(), rowsRewritten, rewritten, unreadable);
    }

    /**
     * The SQL form of {@link FieldCipher#needsRewrite}: in clear, or under a retired key. Key ids are
     * {@code [a-z0-9-]} (KeyRing), so they are written into the pattern as they are.
     */
    private String stale(String column) {
        var condition = new StringBuilder("(`" + column + "` NOT LIKE 'enc:%'");
        for (String id : cipher.retiredIds()) {
            condition
                    .append(" OR `")
                    .append(column)
                    .append("` LIKE 'enc:")
                    .append(id)
                    .append(":%'");
        }
        return condition.append(')').toString();
    }

    private static String list(List<String> columns, String separator) {
        return columns.stream().map(column -> "`" + column + "`").collect(Collectors.joining(separator));
    }

    /** {@code `a` = ?1, `b` = ?2}, numbered from {@code first}. */
    private static String assignments(List<String> columns, String separator, int first) {
        var text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : separator)
                    .append('`')
                    .append(columns.get(i))
                    .append("` = ?")
                    .append(first + i);
        }
        return text.toString();
    }
}
