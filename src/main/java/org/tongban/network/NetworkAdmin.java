package org.tongban.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.Change;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceVersions;

/** Changing windows: their item lists and opening state. Audited; nothing else about a window exists to change. */
@ApplicationScoped
@Transactional
public class NetworkAdmin {

    @Inject
    AuditLog audit;

    @Inject
    ReferenceVersions versions;

    public WindowView updateWindow(Actor actor, String code, WindowChange change) {
        ServiceWindow window = ServiceWindow.findById(code);
        if (window == null) {
            throw ProblemException.notFound("not-found.window", code);
        }
        requireKnownItems(change.items());
        WindowView before = WindowView.of(window);
        versions.changed(ReferenceKind.NETWORK);
        window.open = change.open();
        window.items.clear();
        window.items.addAll(change.items());
        window.categories.clear();
        window.categories.addAll(change.categories());
        WindowView after = WindowView.of(window);
        audit.record(actor, "window.update", "window", code, window.servicePoint.districtCode, before, after);
        return after;
    }

    /** Creates or updates a district (or zone). */
    public Change saveDistrict(Actor actor, DistrictView seeded) {
        District district = District.findById(seeded.code());
        DistrictView before = district == null ? null : DistrictView.of(district);
        Change change = Change.of(before, seeded);
        if (change == Change.UNCHANGED) {
            return change;
        }
        versions.changed(ReferenceKind.NETWORK);
        if (district == null) {
            district = new District();
            district.code = seeded.code();
        }
        district.kind = seeded.kind();
        district.nameZh = seeded.name().zh();
        district.nameEn = seeded.name().en();
        district.island = seeded.island();
        district.centroidLat = seeded.centroid() == null
                ? null
                : BigDecimal.valueOf(seeded.centroid().lat());
        district.centroidLon = seeded.centroid() == null
                ? null
                : BigDecimal.valueOf(seeded.centroid().lon());
        district.centroidApproximate =
                seeded.centroid() == null || seeded.centroid().approximate();
        district.persist();
        audit.record(
                actor,
                before == null ? "district.create" : "district.update",
                "district",
                seeded.code(),
                null,
                before,
                seeded);
        return change;
    }

    /** Creates or updates a service point with its windows. */
    public Change savePoint(Actor actor, ServicePointView seeded) {
        ServicePoint point = ServicePoint.findById(seeded.code());
        ServicePointView before = point == null ? null : ServicePointView.of(point, null);
        Change change = Change.of(before, seeded);
        if (change == Change.UNCHANGED) {
            return change;
        }
        seeded.windows().forEach(w -> requireKnownItems(w.items()));
        versions.changed(ReferenceKind.NETWORK);
        if (point == null) {
            point = new ServicePoint();
            point.code = seeded.code();
        }
        point.pointType = seeded.type();
        point.districtCode = seeded.district();
        point.nameZh = seeded.name().zh();
        point.nameEn = seeded.name().en();
        point.addressZh = seeded.address() == null ? null : seeded.address().zh();
        point.addressEn = seeded.address() == null ? null : seeded.address().en();
        point.lat = BigDecimal.valueOf(seeded.location().lat());
        point.lon = BigDecimal.valueOf(seeded.location().lon());
        point.locationApproximate = seeded.location().approximate();
        point.openingHours = List.copyOf(seeded.openingHours());
        point.persist();
        for (WindowView seededWindow : seeded.windows()) {
            ServiceWindow window = ServiceWindow.findById(seededWindow.code());
            if (window == null) {
                window = new ServiceWindow();
                window.code = seededWindow.code();
                window.servicePoint = point;
                point.windows.add(window);
            }
            window.nameZh = seededWindow.name().zh();
            window.nameEn = seededWindow.name().en();
            window.open = seededWindow.open();
            window.items.clear();
            window.items.addAll(seededWindow.items());
            window.categories.clear();
            window.categories.addAll(seededWindow.categories());
            window.persist();
        }
        audit.record(
                actor,
                before == null ? "service-point.create" : "service-point.update",
                "service-point",
                seeded.code(),
                seeded.district(),
                before,
                seeded);
        return change;
    }

    static void requireKnownItems(Set<String> items) {
        List<FieldError> unknown = items.stream()
                .filter(item -> ServiceItem.findById(item) == null)
                .sorted()
                .map(item -> new FieldError("items", "unknown-item", "catalog.unknown", item))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("network.unknown-items"), unknown);
        }
    }
}
