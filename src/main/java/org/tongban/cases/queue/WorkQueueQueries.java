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
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

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
        Map<String, Object> params = new HashMap<>();
        String scope = scope(caller, params);
        var where = new StringBuilder(scope);
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
        Map<String, Object> pageParams = new HashMap<>(params);
        String page = where + Keyset.after(filter.cursor(), pageParams);
        var query = em.createQuery(
                        CaseSummary.SELECT + " FROM Application a WHERE " + page + " ORDER BY a.queueDue, a.number",
                        CaseSummary.class)
                .setMaxResults(filter.limit() + 1);
        pageParams.forEach(query::setParameter);
        Page<CaseSummary> rows = Page.of(query.getResultList(), filter.limit(), Keyset::cursorOf);
        return new WorkQueue(rows.items(), rows.nextCursor(), counts(scope, params));
    }

    private Map<ApplicationState, Long> counts(String scope, Map<String, Object> params) {
        var query = em.createQuery(
                "SELECT a.state, count(a) FROM Application a WHERE " + scope + " GROUP BY a.state", Object[].class);
        params.entrySet().stream()
                .filter(e -> scope.contains(":" + e.getKey()))
                .forEach(e -> query.setParameter(e.getKey(), e.getValue()));
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        query.getResultList().forEach(row -> counts.put((ApplicationState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String scope(Caller caller, Map<String, Object> params) {
        if (caller.hasRole(Role.CLERK) && caller.servicePoint().isPresent()) {
            params.put("point", caller.servicePoint().get());
            params.put("role", Role.CLERK);
            return "a.handlingPoint = :point AND a.queueRole = :role";
        }
        if (caller.hasRole(Role.REVIEWER)
                && caller.department().isPresent()
                && caller.district().isPresent()) {
            // As ApplicationAccess: the department's cases held by the body of the reviewer's area.
            params.put("department", caller.department().get());
            params.put("holder", caller.district().get());
            params.put("role", Role.REVIEWER);
            return "a.department = :department AND a.holderDistrict = :holder AND a.queueRole = :role";
        }
        throw new ProblemException(
                403,
                "forbidden",
                "Forbidden",
                "Work queues are for clerks and reviewers",
                List.of(new FieldError(
                        "role", "no-queue", "you have no service point, or no department and district")));
    }
}
