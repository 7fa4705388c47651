package org.tongban.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A real HTTP receiver on localhost that records every webhook call and answers as told. */
public final class WebhookReceiver implements AutoCloseable {

    /** One call: what came, when it came and was answered (System.nanoTime), and the answer's status. */
    public record Call(Map<String, String> headers, String body, long receivedAt, long answeredAt, int status) {

        public String eventId() {
            return headers.get("x-tongban-event-id");
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private volatile Predicate<String> failFirstCallOf = eventId -> false;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    private WebhookReceiver(boolean concurrent) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            long receivedAt = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            sleep(delay);
            String eventId = headers.get("x-tongban-event-id");
            boolean failFirst = eventId != null && failFirstCallOf.test(eventId) && failedOnce.add(eventId);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || failFirst ? 503 : 204;
            // Recorded before the answer goes out, so a sender that has its answer finds its call here.
            calls.add(new Call(headers, body, receivedAt, System.nanoTime(), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        if (concurrent) {
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        }
        server.start();
    }

    /** One call at a time, the next waiting for the answer to the last. */
    public WebhookReceiver() {
        this(false);
    }

    /**
     * Calls answered side by side, as a real receiver would: two sends of the same event overlapping
     * in time show as such instead of being queued one after the other.
     */
    public static WebhookReceiver concurrent() {
        return new WebhookReceiver(true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next {@code n} calls are answered 503. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    /** Every answer comes this late (a slow receiver). */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** The first call of each event id that {@code which} selects is answered 503 (its retry 204). */
    public void failFirstCallOf(Predicate<String> which) {
        this.failFirstCallOf = which;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
