package org.tongban.identity;

/** Realm roles of the tongban Keycloak realm, as constants for {@code @RolesAllowed}. */
public final class Role {

    public static final String CITIZEN = "citizen";
    public static final String CLERK = "clerk";
    public static final String REVIEWER = "reviewer";
    /** Head of a department: approves extensions of the statutory limit (Art. 42). */
    public static final String DEPARTMENT_HEAD = "department-head";

    public static final String SUPERVISOR = "supervisor";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String KIOSK = "kiosk";

    private Role() {}
}
