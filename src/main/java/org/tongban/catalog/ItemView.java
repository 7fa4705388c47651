package org.tongban.catalog;

import java.time.LocalDateTime;

/** An item with one version of its standard (by default the version in force today). */
public record ItemView(ItemHeader item, VersionView version) {

    public record VersionView(int number, VersionStatus status, LocalDateTime publishedAt, ItemStandard standard) {

        static VersionView of(ItemVersion version) {
            return new VersionView(version.versionNo, version.status, version.publishedAt, version.standard());
        }
    }
}
