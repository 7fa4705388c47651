package org.tongban.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.Change;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.common.Versioned;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceVersions;

/**
 * Writing the catalogue: items, draft versions, publishing. Every change is audited. A published
 * version is never changed again; the item row's lock serialises numbering and overlap checks.
 */
@ApplicationScoped
@Transactional
public class CatalogAdmin {

    @Inject
    PublishingRules rules;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceVersions versions;

    public ServiceItem saveItem(Actor actor, ItemHeader header) {
        ServiceItem item = ServiceItem.findById(header.code());
        ItemHeader before = item == null ? null : item.header();
        if (!header.equals(before)) {
            versions.changed(ReferenceKind.CATALOG);
        }
        if (item == null) {
            item = new ServiceItem();
            item.apply(header);
            item.persist();
        } else {
            item.apply(header);
        }
        if (!header.equals(before)) {
            audit.record(
                    actor, before == null ? "item.create" : "item.update", "item", header.code(), null, before, header);
        }
        return item;
    }

    public ItemVersion createDraft(Actor actor, String itemCode, ItemStandard standard) {
        lockItem(itemCode);
        rejectIfProblems("catalog.draft-rejected", rules.draftProblems(standard));
        Integer last = em.createQuery("SELECT max(v.versionNo) FROM ItemVersion v WHERE v.itemCode = ?1", Integer.class)
                .setParameter(1, itemCode)
                .getSingleResult();
        var version = new ItemVersion();
        version.itemCode = itemCode;
        version.versionNo = last == null ? 1 : last + 1;
        version.status = VersionStatus.DRAFT;
        version.setStandard(standard);
        version.createdAt = now();
        version.createdBy = actor.id();
        version.persist();
        audit.record(
                actor, "item-version.create-draft", "item-version", subject(version), null, null, version.standard());
        return version;
    }

    public ItemVersion updateDraft(Actor actor, String itemCode, int versionNo, String ifMatch, ItemStandard standard) {
        lockItem(itemCode);
        ItemVersion version = version(itemCode, versionNo);
        requireDraft(version);
        Versioned.requireMatch(ifMatch, version.rowVersion);
        rejectIfProblems("catalog.draft-rejected", rules.draftProblems(standard));
        ItemStandard before = version.standard();
        version.setStandard(standard);
        audit.record(
                actor, "item-version.update-draft", "item-version", subject(version), null, before, version.standard());
        return version;
    }

    public ItemVersion publish(Actor actor, String itemCode, int versionNo) {
        lockItem(itemCode);
        ItemVersion version = version(itemCode, versionNo);
        requireDraft(version);
        List<ItemStandard> published = ItemVersion.<ItemVersion>find(
                        "itemCode = ?1 AND status = ?2 AND versionNo <> ?3",
                        itemCode,
                        VersionStatus.PUBLISHED,
                        versionNo)
                .stream()
                .map(ItemVersion::standard)
                .toList();
        rejectIfProblems("catalog.publish-rejected", rules.publishingProblems(version.standard(), published));
        versions.changed(ReferenceKind.CATALOG);
        version.status = VersionStatus.PUBLISHED;
        version.publishedAt = now();
        version.publishedBy = actor.id();
        audit.record(
                actor,
                "item-version.publish",
                "item-version",
                subject(version),
                null,
                VersionStatus.DRAFT,
                VersionStatus.PUBLISHED);
        return version;
    }

    /** How importing one seeded item went: the item's own change, then one per version. */
    public record ImportOutcome(List<Change> changes, List<String> conflicts) {}

    /**
     * Imports a seeded item through the same path as the API: each new version is created as a
     * draft and published, so a seed that breaks a publishing rule is refused like any draft.
     */
    public ImportOutcome importDefinition(Actor actor, ServiceItemDefinition definition) {
        String code = definition.item().code();
        ServiceItem existingItem = ServiceItem.findById(code);
        List<Change> changes = new ArrayList<>();
        changes.add(Change.of(existingItem == null ? null : existingItem.header(), definition.item()));
        saveItem(actor, definition.item());
        List<String> conflicts = new ArrayList<>();
        for (ItemStandard seeded : definition.versions()) {
            var existing = ItemVersion.<ItemVersion>find("itemCode = ?1 AND versionNo = ?2", code, seeded.version())
                    .firstResultOptional();
            if (existing.isEmpty()) {
                ItemVersion draft = createDraft(actor, code, seeded);
                if (!Integer.valueOf(draft.versionNo).equals(seeded.version())) {
                    throw ProblemException.unprocessable(
                            Message.of("catalog.seeded-numbering", code),
                            List.of(new FieldError(
                                    "versions", "version-numbering", "catalog.expected-number", draft.versionNo)));
                }
                publish(actor, code, draft.versionNo);
                changes.add(Change.CREATED);
            } else if (existing.get().status == VersionStatus.DRAFT) {
                existing.get().setStandard(seeded);
                publish(actor, code, seeded.version());
                changes.add(Change.UPDATED);
            } else if (existing.get().standard().equals(seeded)) {
                changes.add(Change.UNCHANGED);
            } else {
                conflicts.add(code + " version " + seeded.version() + " is published and differs from its seed");
            }
        }
        return new ImportOutcome(changes, conflicts);
    }

    public static ItemVersion version(String itemCode, int versionNo) {
        return ItemVersion.<ItemVersion>find("itemCode = ?1 AND versionNo = ?2", itemCode, versionNo)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.item-version", versionNo, itemCode));
    }

    private void lockItem(String itemCode) {
        List<?> locked = em.createNativeQuery("SELECT code FROM service_item WHERE code = ?1 FOR UPDATE")
                .setParameter(1, itemCode)
                .getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound("not-found.item", itemCode);
        }
    }

    private static void requireDraft(ItemVersion version) {
        if (version.status == VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("version-published", "catalog.version-published", version.versionNo);
        }
    }

    private static void rejectIfProblems(String detailKey, List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of(detailKey, problems.size()), problems);
        }
    }

    private static String subject(ItemVersion version) {
        return version.itemCode + "/" + version.versionNo;
    }

    private LocalDateTime now() {
        return Clocks.utcNow(clock);
    }
}
