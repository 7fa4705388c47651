package org.tongban.bench;

import java.util.Arrays;

/**
 * Every latency of a measurement window, kept exactly (a window holds at most a few hundred
 * thousand), so percentiles are read from the sorted samples rather than estimated from buckets.
 * One instance per virtual user; merged once the window is over.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    int count() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        var all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        Arrays.sort(all.nanos, 0, all.size);
        return all;
    }

    /** The nearest-rank percentile of merged (sorted) samples, in milliseconds; NaN when empty. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }
}
