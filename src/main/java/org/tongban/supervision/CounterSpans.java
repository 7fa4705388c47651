package org.tongban.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which counter rows add up to a period: the month rows of the whole calendar months inside it and
 * the day rows of the days before the first and after the last of them. A year is 12 month rows per
 * point, item version and shard instead of 365 day rows; any period is at most 12 per year plus 60
 * day rows.
 */
record CounterSpans(List<Range> ranges) {

    enum Span {
        DAY,
        MONTH
    }

    /** Rows of one span whose day lies in [from, to]; a month row's day is its month's first. */
    record Range(Span span, LocalDate from, LocalDate to) {}

    static CounterSpans of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + from + " to " + to);
        }
        YearMonth firstWhole = from.getDayOfMonth() == 1
                ? YearMonth.from(from)
                : YearMonth.from(from).plusMonths(1);
        YearMonth lastWhole = to.equals(YearMonth.from(to).atEndOfMonth())
                ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        List<Range> ranges = new ArrayList<>();
        if (firstWhole.isAfter(lastWhole)) {
            ranges.add(new Range(Span.DAY, from, to));
            return new CounterSpans(ranges);
        }
        if (from.isBefore(firstWhole.atDay(1))) {
            ranges.add(new Range(Span.DAY, from, firstWhole.atDay(1).minusDays(1)));
        }
        ranges.add(new Range(Span.MONTH, firstWhole.atDay(1), lastWhole.atDay(1)));
        if (to.isAfter(lastWhole.atEndOfMonth())) {
            ranges.add(new Range(Span.DAY, lastWhole.atEndOfMonth().plusDays(1), to));
        }
        return new CounterSpans(ranges);
    }
}
