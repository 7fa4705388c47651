package org.tongban.bench;

import java.time.Duration;

/** The benchmark's knobs, read from the environment (bench.sh documents them) with their defaults. */
final class Settings {

    private Settings() {}

    static int integer(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }
}
