package org.tongban.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation in a closed loop: each of N clients (a virtual thread) sends its next request
 * as soon as the previous one is answered, with no think time. Operations answered inside the
 * measurement window count (throughput and latency); those answered during the warm-up before it
 * are discarded. Errors count from the first request on: a run must have none.
 *
 * <p>A closed loop suffers coordinated omission: a client stalled by a slow answer sends nothing
 * meanwhile, so the percentiles describe the answers of a saturated service, not the latency that
 * requests arriving at a fixed rate would see. They are comparable from run to run, which is
 * their purpose here.
 */
final class ClosedLoop {

    /** One operation of client {@code client}; throws on any unexpected answer. */
    interface Operation {
        void run(int client) throws Exception;
    }

    /** Observes the measurement window (CPU time, SQL counters) exactly at its start and end. */
    interface Window {
        void started();

        void ended();
    }

    /** For a run whose measurements nobody reads (a warm-up). */
    static final Window NO_WINDOW = new Window() {
        @Override
        public void started() {}

        @Override
        public void ended() {}
    };

    record Result(long operations, double seconds, Latencies latencies, long errors, List<String> errorSamples) {

        double perSecond() {
            return operations / seconds;
        }
    }

    private static final int ERROR_SAMPLES = 5;

    private ClosedLoop() {}

    static Result run(int clients, Duration warmUp, Duration measure, Operation operation, Window window)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        var errors = new AtomicLong();
        var samples = new ConcurrentLinkedQueue<String>();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            var mine = new Latencies();
            latencies.add(mine);
            threads.add(Thread.ofVirtual().name("client-" + c).start(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= measureTo) {
                        return;
                    }
                    try {
                        operation.run(client);
                        long answered = System.nanoTime();
                        if (answered >= measureFrom && answered <= measureTo) {
                            mine.add(answered - sent);
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        if (samples.size() < ERROR_SAMPLES) {
                            samples.add(String.valueOf(e.getMessage()));
                        }
                    }
                }
            }));
        }
        sleepUntil(measureFrom);
        window.started();
        sleepUntil(measureTo);
        window.ended();
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies merged = Latencies.merge(latencies);
        return new Result(merged.count(), measure.toNanos() / 1e9, merged, errors.get(), List.copyOf(samples));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
