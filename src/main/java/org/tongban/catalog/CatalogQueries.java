package org.tongban.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.tongban.common.HttpCaching;
import org.tongban.common.ProblemException;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceSnapshot;
import org.tongban.reference.ReferenceVersions;

/** Reading the catalogue. Everyone reads the same standard: there is no per-window variant to read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    @Inject
    EntityManager em;

    @Inject
    ReferenceVersions versions;

    @Inject
    HttpCaching caching;

    private ReferenceSnapshot<CatalogSnapshot> snapshot;

    @PostConstruct
    void init() {
        snapshot = versions.snapshot(ReferenceKind.CATALOG, CatalogQueries::read);
    }

    public ItemView inForce(String code, LocalDate day) {
        ServiceItem item = item(code);
        ItemVersion version = inForceVersion(code, day)
                .orElseThrow(() -> ProblemException.notFound("not-found.item-in-force", code, day));
        return new ItemView(item.header(), ItemView.VersionView.of(version));
    }

    /** {@link #inForce} as a response body with its ETag, rendered once per version (from memory). */
    public HttpCaching.Body inForceBody(String code, LocalDate day) {
        CatalogSnapshot catalog = snapshot.get();
        ItemVersion version = inForceVersion(code, day)
                .orElseThrow(() -> ProblemException.notFound("not-found.item-in-force", code, day));
        return catalog.rendered(version, () -> caching.body(inForce(code, day)));
    }

    /** The item, from memory; null when the catalogue has no such item. */
    public ServiceItem itemOrNull(String code) {
        return snapshot.get().item(code).orElse(null);
    }

    /** The published version of the item in force on the day, from memory. */
    public Optional<ItemVersion> inForceVersion(String code, LocalDate day) {
        return snapshot.get().inForce(code, day);
    }

    /** Every published version by id, from memory (read-only). */
    public Map<Long, ItemVersion> publishedVersions() {
        return snapshot.get().publishedById();
    }

    /** Every item by code, from memory (read-only). */
    public Map<String, ServiceItem> items() {
        return snapshot.get().items();
    }

    /** The standard of a stored version: from memory when published (as every case's version is). */
    public ItemStandard standard(long versionId) {
        return snapshot.get()
                .publishedVersion(versionId)
                .orElseGet(() -> ItemVersion.findById(versionId))
                .standard();
    }

    public ItemHeader header(String code) {
        return item(code).header();
    }

    public ItemView version(String code, int number) {
        return new ItemView(item(code).header(), ItemView.VersionView.of(CatalogAdmin.version(code, number)));
    }

    public List<VersionSummary> versions(String code, boolean includeDrafts) {
        item(code);
        String query =
                includeDrafts ? "itemCode = ?1 ORDER BY versionNo" : "itemCode = ?1 AND status = ?2 ORDER BY versionNo";
        var found = includeDrafts
                ? ItemVersion.<ItemVersion>list(query, code)
                : ItemVersion.<ItemVersion>list(query, code, VersionStatus.PUBLISHED);
        return found.stream().map(VersionSummary::of).toList();
    }

    /**
     * One page of the catalogue list as a response body, from memory: the filters run over the
     * snapshot's items in code order (only "an open window in the district accepts it" reads the
     * database), and a page without that filter is rendered once per snapshot.
     */
    public HttpCaching.Body search(ItemSearch search) {
        CatalogSnapshot catalog = snapshot.get();
        if (search.district() != null) {
            return caching.body(catalog.search(search, acceptedIn(search.district())::contains));
        }
        return catalog.renderedPage(search, () -> caching.body(catalog.search(search, code -> true)));
    }

    /** Codes of the items an open window of the district accepts, by code or by category. */
    private Set<String> acceptedIn(String district) {
        return Set.copyOf(em.createQuery(
                        "SELECT i.code FROM ServiceItem i WHERE EXISTS (SELECT w FROM ServiceWindow w"
                                + " WHERE w.servicePoint.districtCode = :district AND w.open = true"
                                + " AND (i.code MEMBER OF w.items OR i.category MEMBER OF w.categories))",
                        String.class)
                .setParameter("district", district)
                .getResultList());
    }

    private ServiceItem item(String code) {
        return snapshot.get().item(code).orElseThrow(() -> ProblemException.notFound("not-found.item", code));
    }

    /** Items and published versions, read-only and detached once read: never dirty-checked. */
    private static CatalogSnapshot read(Session session) {
        return new CatalogSnapshot(
                session.createQuery("FROM ServiceItem", ServiceItem.class).list(),
                session.createQuery("FROM ItemVersion WHERE status = ?1", ItemVersion.class)
                        .setParameter(1, VersionStatus.PUBLISHED)
                        .list());
    }
}
