package org.tongban.common;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list. Queries fetch {@code limit + 1} rows: the extra row only
 * tells whether there is a next page, whose cursor is the key of the last row shown.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, limit);
        return new Page<>(List.copyOf(shown), cursorOf.apply(shown.get(limit - 1)));
    }

    /**
     * The rows of a list read as several queries — one per condition of a caller's data scope, each
     * along its own index — as one: in {@code order}, each row once (the scopes of two roles may
     * overlap), at most {@code rows}. Each branch must have read {@code rows} rows in the same order.
     */
    public static <T> List<T> merge(List<List<T>> branches, Comparator<T> order, Function<T, ?> key, int rows) {
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<Object> seen = new HashSet<>();
        return branches.stream()
                .flatMap(List::stream)
                .sorted(order)
                .filter(row -> seen.add(key.apply(row)))
                .limit(rows)
                .toList();
    }

    /** A cursor this service did not give (or that was altered): the one error every list answers with. */
    public static ProblemException invalidCursor() {
        return ProblemException.badRequest(
                Message.of("page.invalid-cursor"),
                List.of(new FieldError("cursor", "invalid-cursor", "page.use-next-cursor")));
    }
}
