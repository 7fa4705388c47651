package org.tongban.catalog;

/** Whether a material must be handed in. */
public enum Necessity {
    /** 必要 */
    REQUIRED,
    /** 非必要 */
    OPTIONAL,
    /** 容缺后补: accepted now, supplied later; the application lists it as owed. */
    SUPPLY_LATER,
    /** 免交: not required when a government body already holds it (e.g. an e-licence). */
    EXEMPT_IF_HELD
}
