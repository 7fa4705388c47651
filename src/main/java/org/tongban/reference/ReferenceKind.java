package org.tongban.reference;

/** The read-mostly data served from memory, each with its row in {@code reference_version}. */
public enum ReferenceKind {
    CATALOG,
    NETWORK,
    DELEGATION,
    CALENDAR;

    String row() {
        return name().toLowerCase();
    }
}
