package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backlog per service point and item: undecided cases now (from the open-case index), or at the end
 * of a past day (received minus decided, withdrawn and not accepted, from the monthly and daily counters).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LoadReport {

    @Inject
    EntityManager em;

    public record Load(String point, String item, long backlog) {}

    public List<Load> now(String district) {
        String sql = "SELECT handling_point, item_code, COUNT(*) FROM application WHERE is_open = TRUE"
                + (district == null ? "" : " AND handling_district = :district")
                + " GROUP BY handling_point, item_code ORDER BY handling_point, item_code";
        return loads(sql, district == null ? Map.of() : Map.of("district", district));
    }

    public List<Load> endOf(LocalDate day, String district) {
        String sql =
                "SELECT s.handling_point, v.item_code, SUM(s.received - s.approved - s.refused - s.not_accepted - s.withdrawn)"
                        + " FROM case_stats s JOIN item_version v ON v.id = s.item_version_id WHERE"
                        + " (s.span = 'MONTH' AND s.day < :month OR s.span = 'DAY' AND s.day BETWEEN :month AND :day)"
                        + (district == null ? "" : " AND s.handling_district = :district")
                        + " GROUP BY s.handling_point, v.item_code HAVING SUM(s.received - s.approved - s.refused - s.not_accepted - s.withdrawn) > 0"
                        + " ORDER BY s.handling_point, v.item_code";
        // The months before the day's from the monthly counters, that month's days from the daily ones.
        LocalDate month = day.withDayOfMonth(1);
        return loads(
                sql,
                district == null
                        ? Map.of("day", day, "month", month)
                        : Map.of("day", day, "month", month, "district", district));
    }

    /** Named parameters: each query binds only those its conditions use. */
    private List<Load> loads(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Load((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
