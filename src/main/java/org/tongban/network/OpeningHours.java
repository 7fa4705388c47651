package org.tongban.network;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One opening period in local time (Asia/Shanghai), e.g. MON–FRI 09:00–12:00. Times are "HH:mm";
 * a 24-hour kiosk is open 00:00–24:00.
 */
public record OpeningHours(
        @NotEmpty Set<Weekday> days,
        @Pattern(regexp = TIME) String from,
        @Pattern(regexp = TIME) String to) {

    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

    /** Days in week order, whatever order they came in. */
    public OpeningHours {
        days = days == null || days.isEmpty() ? days : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public enum Weekday {
        MON,
        TUE,
        WED,
        THU,
        FRI,
        SAT,
        SUN
    }
}
