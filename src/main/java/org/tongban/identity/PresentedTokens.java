package org.tongban.identity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A bearer token that is presented must be valid, on public operations too: an expired, forged or
 * foreign token is a 401 everywhere (RFC 6750 §3.1, invalid_token), so a client learns at once that
 * its token is bad instead of being served silently as anonymous. Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}), so without this a public operation never looks at it.
 */
public class PresentedTokens {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> verify(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().voidItem();
        }
        // A failure here is an AuthenticationFailedException, which ProblemMapper answers with 401.
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
