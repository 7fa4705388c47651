package org.tongban.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API as a whole, for its contract. Tokens come from Keycloak (OpenID Connect). The scheme is
 * declared here rather than in configuration because in OpenAPI 3.0 only an OpenID Connect (or
 * OAuth2) scheme found among the annotations lets Quarkus list each operation's roles, which the
 * contract filter turns into {@code x-roles}. The URL is the demo realm's; a city's Keycloak serves
 * the same document under its own host.
 */
@SecurityScheme(
        securitySchemeName = "SecurityScheme",
        type = SecuritySchemeType.OPENIDCONNECT,
        openIdConnectUrl = "http://127.0.0.1:8180/realms/tongban/.well-known/openid-configuration",
        description = "A bearer token from the city's Keycloak, audience tongban-api")
public class TongbanApi extends Application {}
