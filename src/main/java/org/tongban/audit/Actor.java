package org.tongban.audit;

import org.tongban.identity.Caller;

/**
 * Who did something, as the audit trail and the case history record it: a user or service account
 * (with the client it acted through and the role it acted in), or the system itself.
 */
public record Actor(String id, String actingClient, String role) {

    public static Actor of(Caller caller, String role) {
        return new Actor(caller.username(), caller.actingClient(), role);
    }

    /** A scheduled job acting under the rules, e.g. deemed acceptance after 5 working days. */
    public static Actor system(String job) {
        return new Actor("system:" + job, null, "system");
    }
}
