package org.tongban.outbox;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jboss.logging.Logger;

/**
 * POSTs one event to one subscription. The receiver is checked by {@link WebhookTargets} right
 * before the request, and the connection goes to the very address that was checked (the URL's host
 * is still sent as Host and as the TLS server name, and the certificate is verified against it).
 * Redirects are never followed. Blocks the calling thread for at most the request timeout.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    /** What is sent: the event, signed with the subscription's secret. */
    record Webhook(long deliveryId, String url, String secret, String eventId, String eventType, String payload) {}

    private final WebhookTargets targets;
    private final long timeoutMillis;
    private final HttpClient client;

    @Inject
    public WebhookSender(Vertx vertx, WebhookTargets targets, OutboxConfig config) {
        this.targets = targets;
        this.timeoutMillis = config.requestTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeoutMillis)
                .setForceSni(true)
                .setVerifyHost(true)
                .setKeepAlive(false));
    }

    DeliveryOutcome send(Webhook webhook) {
        WebhookTargets.Target target;
        try {
            target = targets.check(webhook.url());
        } catch (WebhookTargets.Refused refused) {
            return DeliveryOutcome.failed(refused.code());
        }
        var options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .setTimeout(timeoutMillis)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Tongban-Event-Id", webhook.eventId())
                .putHeader("X-Tongban-Event-Type", webhook.eventType())
                .putHeader("X-Tongban-Delivery", String.valueOf(webhook.deliveryId()))
                .putHeader(Signatures.HEADER, Signatures.sign(webhook.secret(), webhook.payload()));
        var status = client.request(options)
                .compose(request -> request.send(webhook.payload()).map(response -> {
                    // Only the status matters; the body is not read, however much the receiver sends.
                    request.connection().close();
                    return response.statusCode();
                }))
                .toCompletionStage()
                .toCompletableFuture();
        try {
            return DeliveryOutcome.answered(status.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            status.cancel(true);
            return DeliveryOutcome.failed(DeliveryOutcome.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failed(DeliveryOutcome.TIMEOUT);
        } catch (ExecutionException e) {
            String category = category(e.getCause());
            LOG.debugf(e.getCause(), "Webhook delivery %d failed: %s", webhook.deliveryId(), category);
            return DeliveryOutcome.failed(category);
        }
    }

    /** The kind of failure, from the exception and its causes. */
    static String category(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof SocketTimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return DeliveryOutcome.TIMEOUT;
            }
            if (cause instanceof SSLException
                    || cause.getClass().getPackageName().startsWith("io.netty.handler.ssl")) {
                return DeliveryOutcome.TLS;
            }
            if (cause instanceof ConnectException) {
                return DeliveryOutcome.REFUSED;
            }
        }
        return DeliveryOutcome.NETWORK;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
