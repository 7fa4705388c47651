package org.tongban.cases.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.common.Clocks;
import org.tongban.common.ClusterLease;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * Creates that kiosks and apps may retry. The first response is stored with the created rows, in
 * their transaction, under (caller, Idempotency-Key): the same key and body get that response again,
 * the same key with another body is refused. Concurrent retries race on the key's primary key; the
 * loser's transaction rolls back (its number with it) and it replays the winner's response.
 */
@ApplicationScoped
public class Idempotency {

    /** Keys are kept at least this long; the clean-up runs once per cluster. */
    static final Duration RETENTION = Duration.ofHours(48);

    /** The key column's width; the contract says the same through the header's {@code @Size}. */
    static final int MAX_KEY_LENGTH = 100;

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

    public record StoredResponse(int status, String location, String body) {

        /**
         * The first answer when it must say something a replay may not (a one-time code): the
         * stored response stays as remembered.
         */
        public StoredResponse withBody(String firstBody) {
            return new StoredResponse(status, location, firstBody);
        }
    }

    @Inject
    Clock clock;

    @Inject
    ClusterLease lease;

    /** Replays a stored response, or runs {@code create} (which must call {@link #remember}) exactly once. */
    public Response once(String caller, String key, Object request, Supplier<StoredResponse> create) {
        requireKey(key);
        String hash = hash(request);
        StoredResponse response = replay(caller, key, hash).orElseGet(() -> {
            try {
                return create.get();
            } catch (RuntimeException e) {
                // A concurrent request with the same key committed first: answer as it was answered.
                return replay(caller, key, hash).orElseThrow(() -> e);
            }
        });
        var builder = Response.status(response.status()).entity(response.body()).type(MediaType.APPLICATION_JSON);
        return response.location() == null
                ? builder.build()
                : builder.location(URI.create(response.location())).build();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredResponse remember(
            String caller, String key, Object request, int status, String location, String body) {
        var record = new IdempotencyRecord();
        record.caller = caller;
        record.keyValue = key;
        record.requestHash = hash(request);
        record.responseStatus = status;
        record.responseLocation = location;
        record.responseBody = body;
        record.createdAt = Clocks.utcNow(clock);
        record.persist();
        return new StoredResponse(status, location, body);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        if (lease.tryAcquire("idempotency-cleanup", Duration.ofMinutes(50))) {
            LocalDateTime cutoff =
                    LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(RETENTION);
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
        }
    }

    /** One read, outside any transaction: a transaction of its own would cost a commit per request. */
    private Optional<StoredResponse> replay(String caller, String key, String hash) {
        return IdempotencyRecord.<IdempotencyRecord>findByIdOptional(new IdempotencyRecord.Key(caller, key))
                .map(stored -> {
                    if (!stored.requestHash.equals(hash)) {
                        throw ProblemException.unprocessable(
                                Message.of("idempotency.reused"),
                                List.of(new FieldError(
                                        "Idempotency-Key", "idempotency-key-reused", "idempotency.new-key")));
                    }
                    return new StoredResponse(stored.responseStatus, stored.responseLocation, stored.responseBody);
                });
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(
                    400,
                    "idempotency-key-required",
                    Message.of("idempotency.required", MAX_KEY_LENGTH),
                    List.of(new FieldError("Idempotency-Key", "required", "idempotency.length", MAX_KEY_LENGTH)));
        }
    }

    static String hash(Object request) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
