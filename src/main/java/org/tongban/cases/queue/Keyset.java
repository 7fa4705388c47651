package org.tongban.cases.queue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import org.tongban.common.Page;

/**
 * Keyset pagination over (due date, number): the cursor is "yyyy-MM-dd|number" ("-" for an undated
 * case, which sorts first). Stable under inserts, and the database walks the index from the cursor.
 */
final class Keyset {

    /** The order of ORDER BY a.queueDue, a.number (MariaDB and MySQL sort NULL first). */
    static final Comparator<CaseSummary> ORDER = Comparator.comparing(
                    CaseSummary::due, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CaseSummary::number);

    private Keyset() {}

    static String cursorOf(CaseSummary last) {
        return (last.due() == null ? "-" : last.due().toString()) + "|" + last.number();
    }

    /** The JPQL condition for rows after the cursor (empty without a cursor). */
    static String after(String cursor, Map<String, Object> params) {
        if (cursor == null || cursor.isBlank()) {
            return "";
        }
        String[] parts = cursor.split("\\|", 2);
        if (parts.length != 2) {
            throw Page.invalidCursor();
        }
        params.put("cursorNumber", parts[1]);
        if (parts[0].equals("-")) {
            return " AND ((a.queueDue IS NULL AND a.number > :cursorNumber) OR a.queueDue IS NOT NULL)";
        }
        try {
            params.put("cursorDue", LocalDate.parse(parts[0]));
        } catch (DateTimeParseException e) {
            throw Page.invalidCursor();
        }
        return " AND (a.queueDue > :cursorDue OR (a.queueDue = :cursorDue AND a.number > :cursorNumber))";
    }
}
