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
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when Keycloak answers its discovery document: without it no new token can be
 * verified once the cached keys rotate, and no citizen can log in.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

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
            return builder.status(status == 200).withData("status", status).build();
        } catch (java.io.IOException e) {
            return builder.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return builder.down().withData("error", "interrupted").build();
        }
    }
}
