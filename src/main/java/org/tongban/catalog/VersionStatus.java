package org.tongban.catalog;

public enum VersionStatus {
    DRAFT,
    /** In force from its validFrom; never changed again. */
    PUBLISHED
}
