package org.tongban.delegation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.tongban.common.Change;
import org.tongban.common.Divisions;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceSnapshot;
import org.tongban.reference.ReferenceVersions;

/** The delegation register: its history, and who handles an item in a district on a day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DelegationRegister {

    /** The register in memory: every entry by item (oldest first) and by number. */
    private record Snapshot(Map<String, List<DelegationView>> byItem, Map<Long, DelegationView> byId) {}

    @Inject
    ReferenceVersions versions;

    private ReferenceSnapshot<Snapshot> snapshot;

    @PostConstruct
    void init() {
        snapshot = versions.snapshot(ReferenceKind.DELEGATION, DelegationRegister::read);
    }

    /**
     * Entries matching the filters, oldest first. With a district and a day, the answer to "who
     * handles item X in district D on day T": D's own entry in force, or else the city-level one.
     */
    public List<DelegationView> find(String item, String district, LocalDate at) {
        List<Delegation> found = query(item, district, at);
        if (district != null && at != null && found.isEmpty() && !Divisions.CITY.equals(district)) {
            found = query(item, Divisions.CITY, at);
        }
        return found.stream().map(DelegationView::of).toList();
    }

    /** Every entry of one item, whatever its dates, oldest first: what routing decides from (from memory). */
    public List<DelegationView> ofItem(String item) {
        return snapshot.get().byItem().getOrDefault(item, List.of());
    }

    /** Every entry in force on the day, of every item and district (from memory). */
    public List<DelegationView> inForceOn(LocalDate day) {
        return snapshot.get().byId().values().stream()
                .filter(entry -> entry.inForceOn(day))
                .toList();
    }

    /** The entry with the register's number {@code id}, as cases name it (from memory). */
    public Optional<DelegationView> entry(long id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** Writes an entry, keyed by item, district and start date; history rows are never removed. */
    @Transactional
    public Change save(DelegationView entry) {
        Delegation existing = Delegation.<Delegation>find(
                        "itemCode = ?1 AND districtCode = ?2 AND validFrom = ?3",
                        entry.item(),
                        entry.district(),
                        entry.validFrom())
                .firstResult();
        Change change =
                Change.of(existing == null ? null : DelegationView.of(existing).withoutId(), entry.withoutId());
        if (change == Change.UNCHANGED) {
            return change;
        }
        versions.changed(ReferenceKind.DELEGATION);
        Delegation delegation = existing == null ? new Delegation() : existing;
        entry.applyTo(delegation);
        if (existing == null) {
            delegation.persist();
        }
        return change;
    }

    private static Snapshot read(Session session) {
        List<DelegationView> all = session
                .createQuery("FROM Delegation ORDER BY itemCode, districtCode, validFrom", Delegation.class)
                .list()
                .stream()
                .map(DelegationView::of)
                .toList();
        return new Snapshot(
                all.stream().collect(Collectors.groupingBy(DelegationView::item, Collectors.toUnmodifiableList())),
                all.stream().collect(Collectors.toUnmodifiableMap(DelegationView::id, Function.identity())));
    }

    private static List<Delegation> query(String item, String district, LocalDate at) {
        var where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (item != null) {
            where.append(" AND itemCode = :item");
            params.put("item", item);
        }
        if (district != null) {
            where.append(" AND districtCode = :district");
            params.put("district", district);
        }
        if (at != null) {
            where.append(" AND validFrom <= :at AND (validTo IS NULL OR validTo >= :at)");
            params.put("at", at);
        }
        return Delegation.<Delegation>list(where + " ORDER BY itemCode, districtCode, validFrom", params);
    }
}
