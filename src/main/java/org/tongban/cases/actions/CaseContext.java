package org.tongban.cases.actions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.cases.clock.CaseClock;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.JsonCodec;

/**
 * Everything an action may read besides the case and its payload: the day (the city's) and the
 * moment (UTC), the case clock over the one calendar, the pinned item version, and the tools to
 * read the case's JSON columns and check materials. The same for every window.
 */
public record CaseContext(
        LocalDate today,
        LocalDateTime now,
        CaseClock clock,
        ItemStandard standard,
        JsonCodec json,
        ApplicationCheck check) {}
