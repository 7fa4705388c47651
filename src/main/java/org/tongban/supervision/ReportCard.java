package org.tongban.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The reform's report card (成绩单), computed from the service's own data for a period and a scope.
 * Every figure carries how it was computed.
 */
public record ReportCard(
        LocalDate from,
        LocalDate to,
        String district,
        List<Figure> cases,
        List<Figure> handledShare,
        List<Figure> items,
        List<Figure> delegation,
        List<Figure> limits,
        List<Figure> performance,
        List<Figure> satisfaction) {}
