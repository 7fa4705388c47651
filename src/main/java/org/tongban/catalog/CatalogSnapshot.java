package org.tongban.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tongban.common.HttpCaching;
import org.tongban.common.Page;

/**
 * The published catalogue as committed: items and their published versions with parsed standards.
 * The entities here were read read-only and are never changed or merged; a change replaces the
 * whole snapshot. Rendered responses are kept beside them, so a catalogue read (and its 304) is
 * answered without the database.
 */
final class CatalogSnapshot {

    private static final int MAX_RENDERED_PAGES = 1_000;

    private final Map<String, ServiceItem> items;
    private final Map<String, List<ItemVersion>> published;
    private final Map<Long, ItemVersion> byId;
    private final List<ServiceItem> inCodeOrder;
    private final Map<Long, HttpCaching.Body> rendered = new ConcurrentHashMap<>();
    private final Map<ItemSearch, HttpCaching.Body> renderedPages = new ConcurrentHashMap<>();

    CatalogSnapshot(List<ServiceItem> items, List<ItemVersion> published) {
        this.items = items.stream().collect(Collectors.toUnmodifiableMap(i -> i.code, Function.identity()));
        this.published = published.stream()
                .sorted(Comparator.comparingInt((ItemVersion v) -> v.versionNo))
                .collect(Collectors.groupingBy(v -> v.itemCode, Collectors.toUnmodifiableList()));
        this.byId = published.stream().collect(Collectors.toUnmodifiableMap(v -> v.id, Function.identity()));
        this.inCodeOrder = items.stream()
                .sorted(Comparator.comparing((ServiceItem i) -> i.code))
                .toList();
    }

    /**
     * One page of the catalogue list: the items with a version in force on the search's day that
     * pass its filters (text in either name or the code, ignoring case; department and item type as
     * the database compared them, ignoring case), in code order after the cursor.
     *
     * @param inDistrict whether an open window of the search's district accepts the item (by code)
     */
    Page<ItemSummary> search(ItemSearch search, Predicate<String> inDistrict) {
        String text = search.text() == null ? null : search.text().toLowerCase(Locale.ROOT);
        String channel =
                search.channel() == null ? null : "," + search.channel().name() + ",";
        List<ItemSummary> rows = new ArrayList<>(search.limit() + 1);
        for (ServiceItem item : inCodeOrder) {
            if (rows.size() > search.limit()) {
                break;
            }
            if ((search.after() != null && item.code.compareTo(search.after()) <= 0)
                    || (text != null && !mentions(item, text))
                    || (search.department() != null && !item.department.equalsIgnoreCase(search.department()))
                    || (search.itemType() != null && !item.itemType.equalsIgnoreCase(search.itemType()))
                    || !inDistrict.test(item.code)) {
                continue;
            }
            inForce(item.code, search.at())
                    .filter(v -> channel == null || v.channels.contains(channel))
                    .ifPresent(v -> rows.add(ItemSummary.of(item, v)));
        }
        return Page.of(rows, search.limit(), ItemSummary::code);
    }

    private static boolean mentions(ServiceItem item, String text) {
        return item.nameZh.toLowerCase(Locale.ROOT).contains(text)
                || item.nameEn.toLowerCase(Locale.ROOT).contains(text)
                || item.code.contains(text);
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

    /**
     * A page of the list rendered once per snapshot. The searches kept are bounded: the text, the
     * day and the cursor come from the caller, so when the bound is reached the pages kept are
     * dropped and rendered again as asked.
     */
    HttpCaching.Body renderedPage(ItemSearch search, Supplier<HttpCaching.Body> render) {
        HttpCaching.Body page = renderedPages.get(search);
        if (page != null) {
            return page;
        }
        if (renderedPages.size() >= MAX_RENDERED_PAGES) {
            renderedPages.clear();
        }
        page = render.get();
        renderedPages.put(search, page);
        return page;
    }
}
