package org.tongban.catalog;

/** How a time limit is counted: working days (the default under Art. 82) or calendar days. */
public enum LimitUnit {
    WORKING_DAYS,
    CALENDAR_DAYS
}
