package org.tongban.operations;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.tongban.operations.Client.Answer;
import org.tongban.testing.Api;

/**
 * Clients submitting applications one after another, as an app does: each with a fresh
 * Idempotency-Key, retried with that same key until it is answered 201 (a refused connection, a
 * 5xx, a timeout are retried; anything else is a failure of the check). On {@link #stop} each
 * client still finishes the key it holds, so every key ends with exactly one 201.
 */
final class SubmissionLoad {

    /**
     * One key: its 201's number, how many attempts it took, when the 201 came ({@link
     * System#nanoTime}) and how long the client waited for it from its first attempt, retries
     * included.
     */
    record Outcome(String number, int attempts, long answeredAt, long waitedNanos) {}

    private final Supplier<String> target;
    private final String token;
    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger rents = new AtomicInteger();
    final Map<String, Outcome> answered = new ConcurrentHashMap<>();
    final Map<String, String> unexpected = new ConcurrentHashMap<>();

    private SubmissionLoad(Supplier<String> target, String token, int clients) {
        this.target = target;
        this.token = token;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /**
     * Starts {@code clients} clients sending to whatever base URL ({@code http://host:port})
     * {@code target} names at each attempt: the instance of the moment, or the next one in turn.
     */
    static SubmissionLoad start(Supplier<String> target, String token, int clients) {
        var load = new SubmissionLoad(target, token, clients);
        for (int i = 0; i < clients; i++) {
            load.clients.submit(load::run);
        }
        return load;
    }

    /** Waits until {@code more} further keys were answered 201 (at most {@code limit}). */
    void awaitAnswered(int more, Duration limit) {
        int goal = answered.size() + more;
        long deadline = System.nanoTime() + limit.toNanos();
        while (answered.size() < goal) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + answered.size() + " of " + goal + " submissions answered in " + limit
                        + "; unexpected answers: " + unexpected);
            }
            PackagedService.sleep(Duration.ofMillis(100));
        }
    }

    /** Lets every client finish (and retry to the end) the key it holds. */
    void stop(Duration limit) throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Clients still retrying after " + limit);
        }
    }

    /** Keys that needed more than one attempt. */
    List<String> retried() {
        return answered.entrySet().stream()
                .filter(e -> e.getValue().attempts() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void run() {
        while (running.get()) {
            String key = UUID.randomUUID().toString();
            // A rent of its own per key: the application shows which key it came from.
            Map<String, Object> body = Api.rentWithdrawal(2500 + rents.incrementAndGet());
            long first = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                try {
                    Answer answer = Client.send(
                            "POST",
                            URI.create(target.get() + "/api/v1/applications"),
                            token,
                            body,
                            "Idempotency-Key",
                            key);
                    if (answer.status() == 201) {
                        long now = System.nanoTime();
                        answered.put(
                                key, new Outcome(answer.json().path("number").asText(), attempt, now, now - first));
                        break;
                    }
                    if (answer.status() < 500) {
                        unexpected.put(key, answer.status() + " " + answer.body());
                        return;
                    }
                } catch (IOException | RuntimeException retry) {
                    // the instance or its database is down: try again with the same key
                }
                PackagedService.sleep(Duration.ofMillis(250));
            }
        }
    }
}
