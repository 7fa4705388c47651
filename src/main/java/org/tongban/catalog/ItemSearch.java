package org.tongban.catalog;

import java.time.LocalDate;

/**
 * Filters of the catalogue list; null means "any".
 *
 * @param district items that an open window in this district accepts
 */
public record ItemSearch(
        String text,
        String department,
        Channel channel,
        String district,
        String itemType,
        LocalDate at,
        String after,
        int limit) {}
