package org.tongban.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the verified access token of the current request into a {@link Caller}. Resources ask for
 * it and hand it to services, which therefore never read raw claims.
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Caller current() {
        String username = claim("preferred_username").orElse(token.getSubject());
        return Caller.of(
                token.getSubject(),
                username,
                claim("name").orElse(username),
                Set.copyOf(identity.getRoles()),
                claim("azp").orElse(null),
                claim("service_point"),
                claim("department"),
                claim("district"),
                claim("id_number").flatMap(ResidentId::parse),
                claim("phone"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}
