package org.tongban.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.tongban.testing.KeycloakAdmin;
import org.tongban.testing.Tokens;

/** Tokens the service must refuse though each looks like a real one. */
final class ForeignTokens {

    private ForeignTokens() {}

    /** citizen-chen's token through admin-cli, a client without the tongban-api audience. */
    static String wrongAudience() {
        return Tokens.of("citizen-chen", "admin-cli");
    }

    /** A real service-account token of a client whose tokens live one second, once it has expired. */
    static String expired() {
        String client = "sweep-expiry-" + System.nanoTime();
        KeycloakAdmin.createShortLivedClient(client, "sweep-secret", 1);
        String token = Tokens.clientCredentials(client, "sweep-secret");
        Instant expiry = Instant.ofEpochSecond(((Number) claims(token).get("exp")).longValue());
        Duration wait = Duration.between(Instant.now(), expiry.plusSeconds(2));
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return token;
    }

    /** citizen-chen's very header and claims, signed with a key of our own instead of the realm's. */
    static String otherKey() {
        String[] parts = Tokens.of("citizen-chen").split("\\.");
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<?, ?> claims(String token) {
        try {
            return new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
