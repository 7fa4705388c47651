package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.cases.Warning;
import org.tongban.cases.queue.CaseSummary;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;

/**
 * Yellow and red cases in the caller's scope, whatever clock made them so: red first, by number
 * within a colour (finished cases are green, so the colour alone selects the watched ones).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WarningQueries {

    @Inject
    EntityManager em;

    public Page<CaseSummary> warnings(Caller caller, Warning colour, String after, int limit) {
        List<DataScope.Condition> scope = caller.scope().answerable("a");
        if (scope.isEmpty()) {
            throw ProblemException.forbidden("scope.no-cases");
        }
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder("a.warning IN :colours");
        params.put("colours", colour == null ? List.of(Warning.YELLOW, Warning.RED) : List.of(colour));
        if (after != null) {
            where.append(" AND (a.warning > :afterColour OR (a.warning = :afterColour AND a.number > :afterNumber))");
            String[] key = after.split("\\|", 2);
            if (key.length != 2) {
                throw Page.invalidCursor();
            }
            params.put("afterColour", colourOf(key[0]));
            params.put("afterNumber", key[1]);
        }
        List<CaseSummary> rows = Page.merge(
                scope.stream()
                        .map(branch -> mostUrgentFirst(branch, where.toString(), params, limit + 1))
                        .toList(),
                // as the database orders the column: by name, so RED before YELLOW
                Comparator.comparing((CaseSummary c) -> c.warning().name()).thenComparing(CaseSummary::number),
                CaseSummary::number,
                limit + 1);
        return Page.of(rows, limit, c -> c.warning() + "|" + c.number());
    }

    private List<CaseSummary> mostUrgentFirst(
            DataScope.Condition branch, String where, Map<String, Object> params, int rows) {
        // RED sorts before YELLOW: the most urgent first, and in the order of the index.
        var query = em.createQuery(
                        CaseSummary.SELECT + " FROM Application a WHERE " + branch.jpql() + " AND " + where
                                + " ORDER BY a.warning, a.number",
                        CaseSummary.class)
                .setMaxResults(rows);
        branch.params().forEach(query::setParameter);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Warning colourOf(String cursorPart) {
        try {
            return Warning.valueOf(cursorPart);
        } catch (IllegalArgumentException e) {
            throw Page.invalidCursor();
        }
    }
}
