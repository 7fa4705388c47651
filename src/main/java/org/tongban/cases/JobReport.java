package org.tongban.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What a job over many cases did: how many it handled, and which it could not because a calendar
 * year their dates fall in is not imported yet. A missing year never stops a job: every case whose
 * dates can be computed is handled.
 */
public record JobReport(int handled, List<Skipped> skipped) {

    /** A case left as it was, and the calendar years it needs. */
    public record Skipped(String number, List<Integer> missingYears) {}

    /** Collects a report while a job runs. */
    public static final class Builder {

        private int handled;
        private final List<Skipped> skipped = new ArrayList<>();

        public void handled() {
            handled++;
        }

        public void skipped(String number, List<Integer> missingYears) {
            skipped.add(new Skipped(number, List.copyOf(missingYears)));
        }

        public JobReport build() {
            return new JobReport(handled, List.copyOf(skipped));
        }
    }

    /** The missing years, each once, for a log line. */
    public List<Integer> missingYears() {
        return skipped.stream()
                .flatMap(s -> s.missingYears().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
