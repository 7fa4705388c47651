package org.tongban.supervision;

import java.util.List;
import org.tongban.processing.CaseSummary;
import org.tongban.rating.RectificationView;

/**
 * Electronic supervision's list: yellow and red cases (a page), and the rectifications of bad
 * reviews that are past their deadline.
 */
public record SupervisionWarnings(
        List<CaseSummary> items, String nextCursor, List<RectificationView> overdueRectifications) {}
