package org.tongban.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tongban.common.HttpCaching;

/**
 * The published catalogue as committed: items and their published versions with parsed standards.
 * The entities here were read read-only and are never changed or merged; a change replaces the
 * whole snapshot. Rendered responses are kept beside them, so a catalogue read (and its 304) is
 * answered without the database.
 */
final class CatalogSnapshot {

    private final Map<String, ServiceItem> items;
    private final Map<String, List<ItemVersion>> published;
    private final Map<Long, ItemVersion> byId;
    private final Map<Long, HttpCaching.Body> rendered = new ConcurrentHashMap<>();

    CatalogSnapshot(List<ServiceItem> items, List<ItemVersion> published) {
        this.items = items.stream().collect(Collectors.toUnmodifiableMap(i -> i.code, Function.identity()));
        this.published = published.stream()
                .sorted(Comparator.comparingInt((ItemVersion v) -> v.versionNo))
                .collect(Collectors.groupingBy(v -> v.itemCode, Collectors.toUnmodifiableList()));
        this.byId = published.stream().collect(Collectors.toUnmodifiableMap(v -> v.id, Function.identity()));
    }

    Optional<ServiceItem> item(String code) {
        return Optional.ofNullable(code == null ? null : items.get(code));
    }

    /** The published version in force on the day (the same rule as {@link ItemVersion#inForce}). */
    Optional<ItemVersion> inForce(String code, LocalDate day) {
        return published.getOrDefault(code, List.of()).stream()
                .filter(v -> !v.validFrom.isAfter(day) && (v.validTo == null || !v.validTo.isBefore(day)))
                .findFirst();
    }

    Map<String, ServiceItem> items() {
        return items;
    }

    Map<Long, ItemVersion> publishedById() {
        return byId;
    }

    Optional<ItemVersion> publishedVersion(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The response body of one version, rendered once per snapshot. */
    HttpCaching.Body rendered(ItemVersion version, Supplier<HttpCaching.Body> render) {
        return rendered.computeIfAbsent(version.id, id -> render.get());
    }
}
