package org.tongban.supervision;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.tongban.application.Application;
import org.tongban.deadline.CaseClock;

/**
 * Which counters a transition moves. A decision is on time when it is taken on or before the
 * promised due date; its length is counted in working days from acceptance to decision. Pure.
 */
public final class StatsRules {

    private StatsRules() {}

    /** @param clock only read for decisions, to count their working days */
    public static CaseStats.Delta delta(String action, Application a, LocalDate today, Supplier<CaseClock> clock) {
        return switch (action) {
            case "SUBMIT" -> new CaseStats.Delta(1, 0, 0, 0, 0, 0, 0, 0, 0);
            case "ACCEPT", "DEEM_ACCEPTED" -> new CaseStats.Delta(0, 1, 0, 0, 0, 0, 0, 0, 0);
            case "INSTANT_APPROVE" -> new CaseStats.Delta(0, 1, 1, 0, 0, 0, 0, 1, 0);
            case "APPROVE" -> decision(a, today, clock, true);
            case "REFUSE" -> decision(a, today, clock, false);
            case "REFUSE_ACCEPTANCE" -> new CaseStats.Delta(0, 0, 0, 0, 1, 0, 0, 0, 0);
            case "WITHDRAW" -> new CaseStats.Delta(0, 0, 0, 0, 0, 1, 0, 0, 0);
            case "DELIVER" -> new CaseStats.Delta(0, 0, 0, 0, 0, 0, 1, 0, 0);
            default -> CaseStats.Delta.NONE;
        };
    }

    private static CaseStats.Delta decision(
            Application a, LocalDate today, Supplier<CaseClock> clock, boolean approved) {
        int onTime = a.promisedDue != null && !today.isAfter(a.promisedDue) ? 1 : 0;
        int days = Math.max(0, clock.get().remaining(a.acceptedOn, today));
        return new CaseStats.Delta(0, 0, approved ? 1 : 0, approved ? 0 : 1, 0, 0, 0, onTime, days);
    }
}
