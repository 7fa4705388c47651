package org.tongban.outbox;

import java.time.Duration;

/** Exponential backoff: first, 2 × first, 4 × first … capped. */
public final class Backoff {

    private Backoff() {}

    public static Duration after(int attempts, Duration first, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
