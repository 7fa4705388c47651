package org.tongban.catalog;

public enum ItemScope {
    /** 全城通办: any eligible window in the city. */
    CITYWIDE,
    /** Only at windows in the applicant's district. */
    DISTRICT
}
