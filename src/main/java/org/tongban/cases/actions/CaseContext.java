package org.tongban.cases.actions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.cases.clock.CaseClock;
import org.tongban.catalog.ApplicationCheck;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;

/**
 * Everything an action may read besides the case and its payload: the day (the city's) and the
 * moment (UTC), the case clock over the one calendar, the pinned item version, the body in whose
 * name the case's decisions are issued, and the tools to read the case's JSON columns and check
 * materials. The same for every window.
 *
 * @param decidedBy from the register entry the case was routed under (null for cases stored before)
 */
public record CaseContext(
        LocalDate today,
        LocalDateTime now,
        CaseClock clock,
        ItemStandard standard,
        LocalizedText decidedBy,
        JsonCodec json,
        ApplicationCheck check) {}
