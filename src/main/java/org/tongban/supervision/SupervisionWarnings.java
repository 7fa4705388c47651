package org.tongban.supervision;

import java.util.List;
import org.tongban.cases.queue.CaseSummary;
import org.tongban.rating.RectificationView;

/**
 * Electronic supervision's list: yellow and red cases (a page), the rectifications of bad reviews
 * that are past their deadline, and the calendar years deadlines are about to need but that are not
 * imported ("calendar for 2027 missing", from 1 November of the year before).
 */
public record SupervisionWarnings(
        List<CaseSummary> items,
        String nextCursor,
        List<RectificationView> overdueRectifications,
        List<CalendarMissing> calendarMissing) {

    public record CalendarMissing(int year, String message) {}
}
