package org.tongban.cases;

/**
 * What one case event adds to the report card's counters (see {@code supervision/CaseStats}). Built
 * only through the named factories below, so a definition says "accepted" or "a decision", never a
 * row of numbers.
 *
 * @param decidedOnTime a decision taken on or before the promised due date
 * @param decisionWorkingDays working days from acceptance to decision, summed for the average
 */
public record Counters(
        int received,
        int accepted,
        int approved,
        int refused,
        int notAccepted,
        int withdrawn,
        int completed,
        int decidedOnTime,
        int decisionWorkingDays) {

    public static final Counters NONE = new Counters(0, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final Counters RECEIVED = new Counters(1, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final Counters ACCEPTED = new Counters(0, 1, 0, 0, 0, 0, 0, 0, 0);
    public static final Counters NOT_ACCEPTED = new Counters(0, 0, 0, 0, 1, 0, 0, 0, 0);
    public static final Counters WITHDRAWN = new Counters(0, 0, 0, 0, 0, 1, 0, 0, 0);
    public static final Counters COMPLETED = new Counters(0, 0, 0, 0, 0, 0, 1, 0, 0);

    /** A decision on an accepted case, on time or not, taken so many working days after acceptance. */
    public static Counters decision(boolean approved, boolean onTime, int workingDays) {
        return new Counters(0, 0, approved ? 1 : 0, approved ? 0 : 1, 0, 0, 0, onTime ? 1 : 0, workingDays);
    }

    /** Accepted and approved in the same moment, on time, in no working days (秒批). */
    public static Counters instantApproval() {
        return new Counters(0, 1, 1, 0, 0, 0, 0, 1, 0);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
