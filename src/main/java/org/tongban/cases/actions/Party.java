package org.tongban.cases.actions;

/** Who may take an action on an application, by relation to it rather than by role alone. */
public enum Party {
    /** The citizen the application is for. */
    APPLICANT,
    /** A clerk at the handling service point. */
    HANDLING_CLERK,
    /** A clerk at the point that received it (a supplement can be handed in where one applied). */
    RECEIVING_CLERK,
    /** A reviewer of the item's department in the area of the body holding the case. */
    DEPARTMENT_REVIEWER,
    /**
     * A head of the item's department in the area of the body holding the case: approves what the
     * law reserves to the agency's head (Art. 42).
     */
    DEPARTMENT_HEAD,
    /** The kiosk or partner outlet that received it, for the citizen identified at the device. */
    RECEIVING_OUTLET,
    /** Whoever the current flow step names: a handling clerk or a department reviewer. */
    STEP_ACTOR,
    /** The service itself, under a rule (deemed acceptance, instant approval). */
    SYSTEM
}
