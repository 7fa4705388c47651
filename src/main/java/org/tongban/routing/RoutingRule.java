package org.tongban.routing;

/** Which rule decided where an application is handled. */
public enum RoutingRule {
    /** The point that received it can handle it (the citizen is there). */
    RECEIVING_POINT,
    /** The applicant asked for this point, and it is eligible. */
    PREFERRED_POINT,
    /** One point only is eligible (typically the holder for the competent district): no distance needed. */
    ONLY_ELIGIBLE,
    /** The nearest eligible point by great-circle distance. */
    NEAREST,
    /** Points about equally near: the one with the smaller backlog. */
    NEAREST_THEN_BACKLOG,
    /** The nearest point's backlog is over the threshold and a point a little further has clearly less. */
    LOAD_OVERFLOW
}
