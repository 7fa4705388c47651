package org.tongban.network;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
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
