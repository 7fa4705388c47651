package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.Channel;
import org.tongban.catalog.HandlingType;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.ItemVersion;
import org.tongban.catalog.OnlineLevel;
import org.tongban.catalog.ServiceItem;
import org.tongban.delegation.DelegationRegister;
import org.tongban.delegation.DelegationView;

/**
 * Computes the report card from the pre-aggregated case counters (whole months from the monthly
 * rows, the days at the edges from the daily ones: a few thousand rows at most whatever the number
 * of cases), the catalogue and the delegation register, plus two indexed live counts (open
 * overdue cases, ratings).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportCards {

    @Inject
    EntityManager em;

    @Inject
    ReportConfig config;

    /** Items and published versions from memory: a card no longer parses every standard again. */
    @Inject
    CatalogQueries catalog;

    @Inject
    DelegationRegister register;

    /** Counters summed over the period for one handling point and item version. */
    record Row(
            String point,
            long versionId,
            long received,
            long accepted,
            long approved,
            long refused,
            long notAccepted,
            long withdrawn,
            long completed,
            long onTime,
            long workingDays) {

        long decided() {
            return approved + refused;
        }
    }

    public ReportCard card(LocalDate from, LocalDate to, String district) {
        List<Row> rows = rows(from, to, district);
        Map<Long, ItemVersion> versions = catalog.publishedVersions();
        List<ItemVersion> inForce = versions.values().stream()
                .filter(v -> v.standard().inForceOn(to))
                .toList();
        Map<String, ServiceItem> items = catalog.items();
        return new ReportCard(
                from,
                to,
                district,
                cases(rows),
                handledShare(rows),
                itemShares(rows, versions, inForce),
                delegation(to, district, inForce, items),
                limits(rows, versions, inForce),
                performance(rows, versions, to, district),
                satisfaction(from, to, district));
    }

    /**
     * Whole months from the month rows, the days at the edges from the day rows (see {@link
     * CounterSpans}): at most 12 rows a year per point, item version and shard.
     */
    private List<Row> rows(LocalDate from, LocalDate to, String district) {
        List<CounterSpans.Range> ranges = CounterSpans.of(from, to).ranges();
        String spans = IntStream.range(0, ranges.size())
                .mapToObj(i -> "(span = '" + ranges.get(i).span() + "' AND day BETWEEN ?" + (2 * i + 1) + " AND ?"
                        + (2 * i + 2) + ")")
                .collect(Collectors.joining(" OR "));
        int districtParameter = 2 * ranges.size() + 1;
        var query = em.createNativeQuery(
                "SELECT handling_point, item_version_id, SUM(received), SUM(accepted), SUM(approved),"
                        + " SUM(refused), SUM(not_accepted), SUM(withdrawn), SUM(completed), SUM(decided_on_time),"
                        + " SUM(decision_working_days) FROM case_stats WHERE (" + spans + ")"
                        + (district == null ? "" : " AND handling_district = ?" + districtParameter)
                        + " GROUP BY handling_point, item_version_id");
        for (int i = 0; i < ranges.size(); i++) {
            query.setParameter(2 * i + 1, ranges.get(i).from())
                    .setParameter(2 * i + 2, ranges.get(i).to());
        }
        if (district != null) {
            query.setParameter(districtParameter, district);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result.stream()
                .map(r -> new Row(
                        (String) r[0],
                        n(r[1]),
                        n(r[2]),
                        n(r[3]),
                        n(r[4]),
                        n(r[5]),
                        n(r[6]),
                        n(r[7]),
                        n(r[8]),
                        n(r[9]),
                        n(r[10])))
                .toList();
    }

    private static List<Figure> cases(List<Row> rows) {
        String how = "cases counted at each transition in the period, summed from the monthly and daily counters";
        return List.of(
                Figure.count("received", sum(rows, Row::received), "applications received (" + how + ")"),
                Figure.count(
                        "accepted",
                        sum(rows, Row::accepted),
                        "accepted, deemed accepted or approved instantly (" + how + ")"),
                Figure.count(
                        "approved", sum(rows, Row::approved), "approved, instant approvals included (" + how + ")"),
                Figure.count("refused", sum(rows, Row::refused), "refused after review (" + how + ")"),
                Figure.count("notAccepted", sum(rows, Row::notAccepted), "not accepted (" + how + ")"),
                Figure.count("withdrawn", sum(rows, Row::withdrawn), "withdrawn by the applicant (" + how + ")"),
                Figure.count("completed", sum(rows, Row::completed), "results delivered (" + how + ")"));
    }

    private List<Figure> handledShare(List<Row> rows) {
        long total = sum(rows, Row::received);
        List<Figure> figures = new ArrayList<>();
        Map<String, Long> byPoint = new TreeMap<>();
        rows.forEach(r -> byPoint.merge(r.point(), r.received(), Long::sum));
        byPoint.forEach((point, received) -> figures.add(Figure.ratio(
                "point:" + point,
                received,
                total,
                "applications handled at " + point + " / all received in the period")));
        new TreeMap<>(config.groups())
                .forEach((group, points) -> figures.add(Figure.ratio(
                        "group:" + group,
                        rows.stream()
                                .filter(r -> points.contains(r.point()))
                                .mapToLong(Row::received)
                                .sum(),
                        total,
                        "applications handled at " + String.join(", ", points) + " / all received in the period")));
        return figures;
    }

    private static List<Figure> itemShares(List<Row> rows, Map<Long, ItemVersion> versions, List<ItemVersion> inForce) {
        List<Figure> figures = new ArrayList<>();
        share(
                figures,
                "zeroVisit",
                "no on-site visit (一趟不用跑: maxVisits = 0)",
                v -> v.maxVisits == 0,
                rows,
                versions,
                inForce);
        share(
                figures,
                "immediate",
                "immediate (即办件)",
                v -> v.handlingType == HandlingType.IMMEDIATE,
                rows,
                versions,
                inForce);
        share(
                figures,
                "onlineCapable",
                "online-capable (online depth Ⅲ or Ⅳ)",
                v -> v.onlineLevel == OnlineLevel.III || v.onlineLevel == OnlineLevel.IV,
                rows,
                versions,
                inForce);
        share(figures, "citywide", "citywide (全城通办)", v -> v.scope == ItemScope.CITYWIDE, rows, versions, inForce);
        share(
                figures,
                "mobileCapable",
                "mobile-capable (掌上办: the MOBILE channel)",
                v -> v.channels.contains("," + Channel.MOBILE.name() + ","),
                rows,
                versions,
                inForce);
        share(
                figures,
                "instantApproval",
                "instant approval (秒批 rules)",
                v -> v.instantApproval,
                rows,
                versions,
                inForce);
        return figures;
    }

    private static void share(
            List<Figure> figures,
            String name,
            String what,
            Predicate<ItemVersion> test,
            List<Row> rows,
            Map<Long, ItemVersion> versions,
            List<ItemVersion> inForce) {
        figures.add(Figure.ratio(
                name + ".items",
                inForce.stream().filter(test).count(),
                inForce.size(),
                "items whose version in force on the last day is " + what + " / all items in force"));
        long cases = rows.stream()
                .filter(r -> test.test(versions.get(r.versionId())))
                .mapToLong(Row::received)
                .sum();
        figures.add(Figure.ratio(
                name + ".cases",
                cases,
                sum(rows, Row::received),
                "applications received under a version that is " + what + " / all received in the period"));
    }

    /** From the register in memory: the delegated entries (power source 2 上级下放) in force on the day. */
    private List<Figure> delegation(
            LocalDate to, String district, List<ItemVersion> inForce, Map<String, ServiceItem> items) {
        List<DelegationView> delegations = register.inForceOn(to).stream()
                .filter(d -> d.powerSource().equals("2") && (district == null || district.equals(d.district())))
                .toList();
        List<ServiceItem> delegated = delegations.stream()
                .map(DelegationView::item)
                .distinct()
                .map(items::get)
                .toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.ratio(
                "delegatedItems",
                delegated.size(),
                inForce.size(),
                "items delegated to districts (power source 2 上级下放) in force on the last day / all items in force"));
        groupShare(figures, "byField", delegated, item -> item.field);
        groupShare(figures, "byType", delegated, item -> item.itemType);
        return figures;
    }

    private static void groupShare(
            List<Figure> figures, String prefix, List<ServiceItem> delegated, Function<ServiceItem, String> key) {
        new TreeMap<>(delegated.stream().collect(Collectors.groupingBy(key, Collectors.counting())))
                .forEach((value, count) -> figures.add(Figure.ratio(
                        "delegated." + prefix + ":" + value,
                        count,
                        delegated.size(),
                        "delegated items with " + prefix.substring(2).toLowerCase() + " " + value
                                + " / all delegated items")));
    }

    private static List<Figure> limits(List<Row> rows, Map<Long, ItemVersion> versions, List<ItemVersion> inForce) {
        List<ItemVersion> comparable =
                inForce.stream().filter(ReportCards::comparable).toList();
        double itemSum = comparable.stream().mapToDouble(ReportCards::ratio).sum();
        double caseSum = 0;
        long caseCount = 0;
        for (Row row : rows) {
            ItemVersion v = versions.get(row.versionId());
            if (comparable(v)) {
                caseSum += ratio(v) * row.received();
                caseCount += row.received();
            }
        }
        return List.of(
                Figure.average(
                        "promisedToStatutory.items",
                        itemSum,
                        comparable.size(),
                        "mean of promised / statutory limit over items in force (same unit, statutory > 0)"),
                Figure.average(
                        "promisedToStatutory.cases",
                        caseSum,
                        caseCount,
                        "mean of promised / statutory limit of the version each received application was pinned to"));
    }

    private List<Figure> performance(List<Row> rows, Map<Long, ItemVersion> versions, LocalDate to, String district) {
        List<Figure> figures = new ArrayList<>();
        long decided = sum(rows, Row::decided);
        figures.add(Figure.ratio(
                "onTimeDecisions",
                sum(rows, Row::onTime),
                decided,
                "decisions taken on or before the promised due date / all decisions in the period"));
        String where = "SELECT COUNT(*) FROM application WHERE is_open = TRUE AND promised_due < ?1"
                + (district == null ? "" : " AND handling_district = ?2");
        var overdue = em.createNativeQuery(where).setParameter(1, to);
        if (district != null) {
            overdue.setParameter(2, district);
        }
        figures.add(Figure.count(
                "overdueOpen",
                n(overdue.getSingleResult()),
                "undecided accepted cases whose promised due date is before the last day (live)"));
        Map<String, long[]> perItem = new TreeMap<>();
        for (Row row : rows) {
            long[] totals = perItem.computeIfAbsent(versions.get(row.versionId()).itemCode, code -> new long[2]);
            totals[0] += row.workingDays();
            totals[1] += row.decided();
        }
        perItem.forEach((item, totals) -> figures.add(Figure.average(
                "workingDaysToDecision:" + item,
                totals[0],
                totals[1],
                "working days from acceptance to decision, averaged over the item's decisions in the period")));
        return figures;
    }

    private List<Figure> satisfaction(LocalDate from, LocalDate to, String district) {
        String where = "SELECT level, COUNT(*) FROM rating WHERE malicious = FALSE AND rated_on BETWEEN ?1 AND ?2"
                + (district == null ? "" : " AND handling_district = ?3") + " GROUP BY level";
        var query = em.createNativeQuery(where).setParameter(1, from).setParameter(2, to);
        if (district != null) {
            query.setParameter(3, district);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> levels = query.getResultList();
        long count = levels.stream().mapToLong(r -> n(r[1])).sum();
        long good = levels.stream()
                .filter(r -> n(r[0]) <= 2)
                .mapToLong(r -> n(r[1]))
                .sum();
        long bad = levels.stream()
                .filter(r -> n(r[0]) >= 4)
                .mapToLong(r -> n(r[1]))
                .sum();
        double levelSum = levels.stream().mapToDouble(r -> n(r[0]) * n(r[1])).sum();
        String ratings = "ratings given in the period, malicious ones upheld on appeal left out";
        return List.of(
                Figure.count("ratings", count, ratings),
                Figure.average(
                        "averageLevel",
                        levelSum,
                        count,
                        "mean level, 1 very satisfied … 5 very dissatisfied, of " + ratings),
                Figure.ratio("satisfied", good, count, "levels 1 and 2 / all " + ratings),
                Figure.count("badReviews", bad, "levels 4 and 5 (差评), each opening a rectification, of " + ratings));
    }

    private static boolean comparable(ItemVersion v) {
        return v.statutoryDays > 0 && v.statutoryUnit == v.promisedUnit;
    }

    private static double ratio(ItemVersion v) {
        return (double) v.promisedDays / v.statutoryDays;
    }

    private static long sum(List<Row> rows, ToLongFunction<Row> field) {
        return rows.stream().mapToLong(field).sum();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
