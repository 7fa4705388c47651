package org.tongban.common;

import java.util.List;
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

    /** A cursor this service did not give (or that was altered): the one error every list answers with. */
    public static ProblemException invalidCursor() {
        return ProblemException.badRequest(
                "The cursor is not one this service gave",
                List.of(new FieldError("cursor", "invalid-cursor", "use nextCursor as given")));
    }
}
