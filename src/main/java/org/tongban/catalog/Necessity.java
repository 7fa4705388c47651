package org.tongban.catalog;

/** Whether a material must be handed in. */
public enum Necessity {
    /** 必要 */
    REQUIRED,
    /** 非必要 */
    OPTIONAL,
    /** 容缺后补: accepted now, supplied later; the application lists it as owed. */
    SUPPLY_LATER,
    /**
     * 免提交: not handed in when a government body already holds it: taken at submission from the
     * applicant's e-licences of the material's {@code licence} kind, and required like any other
     * when the library has none.
     */
    EXEMPT_IF_HELD
}
