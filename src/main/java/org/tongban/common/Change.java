package org.tongban.common;

/** What writing a definition (a seed, an admin edit) did to the stored one. */
public enum Change {
    CREATED,
    UPDATED,
    UNCHANGED;

    public static Change of(Object before, Object after) {
        if (before == null) {
            return CREATED;
        }
        return before.equals(after) ? UNCHANGED : UPDATED;
    }
}
