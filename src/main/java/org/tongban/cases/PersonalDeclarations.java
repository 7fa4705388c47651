package org.tongban.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.tongban.catalog.CompetentDistrictSource;
import org.tongban.catalog.ItemStandard;
import org.tongban.catalog.ItemVersion;
import org.tongban.privacy.PersonalFields;

/**
 * What the item version pinned to an application declares about personal data: its personal form
 * fields, and whether the exact place matters (an item about a site). Pinned versions are
 * published and never change, so what was read once holds.
 */
@ApplicationScoped
public class PersonalDeclarations {

    /**
     * @param exactPlace staff see the applicant's position exactly: the item's standard makes a
     *     site competent, so where it is belongs to the case
     */
    public record Declared(PersonalFields fields, boolean exactPlace) {}

    private final Cache<Long, Declared> byVersion =
            Caffeine.newBuilder().maximumSize(5_000).build();

    public Declared of(Application a) {
        return byVersion.get(a.itemVersionId, PersonalDeclarations::load);
    }

    private static Declared load(Long versionId) {
        ItemStandard standard = ItemVersion.<ItemVersion>findByIdOptional(versionId)
                .map(ItemVersion::standard)
                .orElseThrow(() -> new IllegalStateException("Item version " + versionId + " is gone"));
        return new Declared(
                PersonalFields.declaredIn(standard.form()),
                standard.competentDistrictFrom() == CompetentDistrictSource.SITE);
    }
}
