package org.tongban.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic resident ID numbers with a valid check digit, a different one each call. */
public final class TestIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIds() {}

    /** Someone born in 1985 registered in the given district (e.g. 350205 Haicang). */
    public static String next(String division) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(n % 3000);
        String body = division + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
