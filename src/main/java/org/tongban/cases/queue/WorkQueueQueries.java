package org.tongban.cases.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.cases.ApplicationState;
import org.tongban.cases.Warning;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;

/**
 * Work queues: for a clerk, the cases at their service point waiting for a window action; for a
 * reviewer, their department's cases held by the body of their area, at a reviewer's step. Ordered
 * by due date then number, read with keyset pagination along the (scope, queue role, due, number)
 * index.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkQueueQueries {

    @Inject
    EntityManager em;

    public record Filter(
            ApplicationState state, String itemCode, Warning warning, LocalDate dueBefore, String cursor, int limit) {}

    public WorkQueue queue(Caller caller, Filter filter) {
        List<DataScope.Condition> queues = caller.scope().queues("a");
        if (queues.isEmpty()) {
            throw new ProblemException(
                    403,
                    "forbidden",
                    Message.of("queue.not-for-role"),
                    List.of(new FieldError("role", "no-queue", "queue.no-queue")));
        }
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder();
        if (filter.state() != null) {
            where.append(" AND a.state = :state");
            params.put("state", filter.state());
        }
        if (filter.itemCode() != null) {
            where.append(" AND a.itemCode = :item");
            params.put("item", filter.itemCode());
        }
        if (filter.warning() != null) {
            where.append(" AND a.warning = :warning");
            params.put("warning", filter.warning());
        }
        if (filter.dueBefore() != null) {
            where.append(" AND a.queueDue <= :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        where.append(Keyset.after(filter.cursor(), params));
        // A clerk who also reviews has two queues (they never share a case: each waits for one role).
        List<CaseSummary> rows = Page.merge(
                queues.stream()
                        .map(queue -> soonestDue(queue, where.toString(), params, filter.limit() + 1))
                        .toList(),
                Keyset.ORDER,
                CaseSummary::number,
                filter.limit() + 1);
        Page<CaseSummary> page = Page.of(rows, filter.limit(), Keyset::cursorOf);
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        queues.forEach(queue -> counts(queue).forEach((state, n) -> counts.merge(state, n, Long::sum)));
        return new WorkQueue(page.items(), page.nextCursor(), counts);
    }

    private List<CaseSummary> soonestDue(
            DataScope.Condition queue, String where, Map<String, Object> params, int rows) {
        var query = em.createQuery(
                        CaseSummary.SELECT + " FROM Application a WHERE " + queue.jpql() + where
                                + " ORDER BY a.queueDue, a.number",
                        CaseSummary.class)
                .setMaxResults(rows);
        queue.params().forEach(query::setParameter);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private Map<ApplicationState, Long> counts(DataScope.Condition queue) {
        var query = em.createQuery(
                "SELECT a.state, count(a) FROM Application a WHERE " + queue.jpql() + " GROUP BY a.state",
                Object[].class);
        queue.params().forEach(query::setParameter);
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        query.getResultList().forEach(row -> counts.put((ApplicationState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
