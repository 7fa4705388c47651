package org.tongban.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether Keycloak answers its discovery document. Until it has answered once since start the
 * instance is not ready: it holds no realm keys and can verify no token. After that an outage is
 * reported as {@code state: degraded} but UP: tokens already issued are still verified with the
 * keys OIDC cached (until they expire or the keys rotate), only new logins fail — and a DOWN here
 * would take every instance out of the load balancer at once, for what none of them can mend.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    /** Set once Keycloak has answered since start (OIDC has its keys then). */
    private volatile boolean answeredOnce;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("identity-provider").withData("issuer", authServerUrl);
        try {
            var request = HttpRequest.newBuilder(URI.create(authServerUrl + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                answeredOnce = true;
                return builder.up().withData("status", status).build();
            }
            return unavailable(builder, "status " + status);
        } catch (java.io.IOException e) {
            return unavailable(builder, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(builder, "interrupted");
        }
    }

    private HealthCheckResponse unavailable(HealthCheckResponseBuilder builder, String error) {
        builder.withData("error", error);
        if (!answeredOnce) {
            return builder.down().build();
        }
        return builder.up()
                .withData("state", "degraded: issued tokens are verified with cached keys; new logins fail")
                .build();
    }
}
